package io.kaitenkit.mock.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.spec.KaitenApiSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /__admin/operations}: the matrix the dashboard's "send" buttons are made of. */
class OperationsMatrixTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static KaitenMockServer mock;

  @BeforeAll
  static void start() {
    mock = KaitenMockServer.start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void listsEveryOperationWithEveryDocumentedStatus() throws Exception {
    JsonNode operations = operations().get("operations");

    List<String> listed = new ArrayList<>();
    operations.forEach(operation -> operation.get("statuses").forEach(status ->
        listed.add(operation.get("operationId").asText() + " " + status.get("status").asInt())));
    List<String> documented = new ArrayList<>();
    KaitenApiSpec.bundled().operations().forEach(operation ->
        operation.statuses().forEach(status -> documented.add(operation.id() + " " + status)));
    assertThat(listed).containsExactlyElementsOf(documented);
  }

  @Test
  void everySendButtonReachesItsStatusOnTheDemoFixture() throws Exception {
    List<String> reached = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (JsonNode operation : operations().get("operations")) {
      for (JsonNode status : operation.get("statuses")) {
        mock.reset();
        JsonNode send = status.get("send");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock.adminUrl().replace("/__admin", "")
            + send.get("path").asText()))
            .method(send.get("method").asText(), send.hasNonNull("body")
                ? HttpRequest.BodyPublishers.ofString(send.get("body").asText()) : HttpRequest.BodyPublishers.noBody());
        send.get("headers").properties().forEach(header -> request.header(header.getKey(), header.getValue().asText()));
        int answered = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        String name = operation.get("operationId").asText() + " " + status.get("status").asInt();
        expected.add(name + " -> " + status.get("status").asInt());
        reached.add(name + " -> " + answered);
      }
    }
    assertThat(reached).hasSize(KaitenApiSpec.bundled().operations().stream().mapToInt(operation -> operation.statuses().size()).sum()).containsExactlyElementsOf(expected);
  }

  @Test
  void usesTheDemoTokensWhereTheyReachTheStatusAndPreferOnlyWhereNoneDoes() throws Exception {
    JsonNode remove = operation("removeUserFromGroup");

    assertThat(how(remove, 200)).contains("demo-admin-token");
    assertThat(how(remove, 400)).startsWith("user_id=abc");
    assertThat(how(remove, 401)).contains("not-a-known-token");
    assertThat(how(remove, 402)).contains("demo-no-groups-tariff-token");
    assertThat(how(remove, 403)).contains("demo-no-permission-token");
    assertThat(how(remove, 404)).contains("demo-other-company-token");
    assertThat(how(remove, 429)).startsWith("Prefer: code=429");
    assertThat(status(remove, 429).get("send").get("prefer").asBoolean()).isTrue();
    assertThat(status(remove, 403).get("send").get("prefer").asBoolean()).isFalse();
  }

  private static JsonNode operations() throws Exception {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(mock.adminUrl() + "/operations")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static JsonNode operation(String id) throws Exception {
    for (JsonNode operation : operations().get("operations")) {
      if (operation.get("operationId").asText().equals(id)) {
        return operation;
      }
    }
    throw new AssertionError("no operation " + id);
  }

  private static JsonNode status(JsonNode operation, int code) {
    for (JsonNode status : operation.get("statuses")) {
      if (status.get("status").asInt() == code) {
        return status;
      }
    }
    throw new AssertionError("no status " + code);
  }

  private static String how(JsonNode operation, int code) {
    return status(operation, code).get("send").get("how").asText();
  }
}
