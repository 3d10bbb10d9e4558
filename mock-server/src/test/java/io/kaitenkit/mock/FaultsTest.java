package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.admin.Fault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each fault action as a real HTTP client sees it, plus matching, counting and the admin routes. */
class FaultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void statusFaultAnswersItsStatusHeadersAndBodyAndLeavesStateAlone() throws Exception {
    kaiten().addFault(Fault.on("removeUserFromGroup").status(503, Map.of("Retry-After", "1"), "{\"message\":\"down\"}"));

    HttpResponse<String> response = send(deleteAda(), Duration.ofSeconds(5));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("1");
    assertThat(response.body()).isEqualTo("{\"message\":\"down\"}");
    assertThat(kaiten().state().isMember("developers", 42)).isTrue();
  }

  @Test
  void delayBeyondTheClientTimeoutTimesTheClientOut() {
    kaiten().addFault(Fault.on("listGroupUsers").times(1).delay(Duration.ofSeconds(3)));

    assertThatThrownBy(() -> send(list(), Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void delayedRequestStillReachesTheEmulator() throws Exception {
    kaiten().addFault(Fault.on("removeUserFromGroup").delay(Duration.ofMillis(50)));

    HttpResponse<String> response = send(deleteAda(), Duration.ofSeconds(10));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(kaiten().state().isMember("developers", 42)).isFalse();
  }

  @Test
  void connectionResetFailsTheCallAndChangesNothing() throws Exception {
    kaiten().addFault(Fault.on("removeUserFromGroup").times(1).resetConnection());

    assertThatThrownBy(() -> send(deleteAda(), Duration.ofSeconds(5))).isInstanceOf(IOException.class);
    assertThat(kaiten().state().isMember("developers", 42)).isTrue();
    RecordedExchange recorded = kaiten().takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded.status()).isZero();
    assertThat(recorded.operationId()).isEqualTo("removeUserFromGroup");
  }

  @Test
  void noResponseLeavesTheClientWaitingUntilItsTimeout() {
    kaiten().addFault(Fault.onRequest("GET", "/api/latest/groups/*/users").times(1).noResponse());

    assertThatThrownBy(() -> send(list(), Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void timesLimitsTheFaultToTheNextRequests() throws Exception {
    kaiten().addFault(Fault.on("listGroupUsers").times(2).status(500));

    assertThat(send(list(), Duration.ofSeconds(5)).statusCode()).isEqualTo(500);
    assertThat(kaiten().faults()).singleElement().extracting(Fault::times).isEqualTo(1);
    assertThat(send(list(), Duration.ofSeconds(5)).statusCode()).isEqualTo(500);
    assertThat(send(list(), Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
    assertThat(kaiten().faults()).isEmpty();
  }

  @Test
  void pathGlobMatchesWithinAndAcrossSegments() throws Exception {
    kaiten().addFault(Fault.onRequest("DELETE", "/api/latest/groups/*/users/4?").status(500));
    kaiten().addFault(Fault.onRequest("GET", "/api/latest/**").status(502));

    assertThat(send(deleteAda(), Duration.ofSeconds(5)).statusCode()).isEqualTo(500);
    assertThat(send(list(), Duration.ofSeconds(5)).statusCode()).isEqualTo(502);
  }

  @Test
  void faultsAreManagedOverHttp() throws Exception {
    TestHttp.Answer added = TestHttp.request("POST", kaiten().adminUrl() + "/faults")
        .json("{\"operationId\":\"listGroupUsers\",\"times\":1,\"action\":{\"type\":\"status\",\"status\":500,"
            + "\"body\":\"boom\"}}")
        .send();
    String id = JSON.readTree(added.body()).get("id").asText();

    JsonNode listed = JSON.readTree(TestHttp.request("GET", kaiten().adminUrl() + "/faults").send().body());
    TestHttp.Answer removed = TestHttp.request("DELETE", kaiten().adminUrl() + "/faults/" + id).send();

    assertThat(added.status()).isEqualTo(201);
    assertThat(listed.get("faults")).singleElement()
        .satisfies(fault -> assertThat(fault.at("/action/status").asInt()).isEqualTo(500));
    assertThat(removed.status()).isEqualTo(200);
    assertThat(kaiten().faults()).isEmpty();
    assertThat(TestHttp.request("DELETE", kaiten().adminUrl() + "/faults/" + id).send().status()).isEqualTo(404);
  }

  @Test
  void invalidFaultsAre400WithTheReason() {
    assertThat(postFault("{\"action\":{\"type\":\"reset\"}}").body())
        .contains("either \\\"operationId\\\" or both \\\"method\\\" and \\\"path\\\"");
    assertThat(postFault("{\"operationId\":\"x\",\"action\":{\"type\":\"explode\"}}").body())
        .contains("unknown action type 'explode'");
    assertThat(postFault("{\"operationId\":\"x\",\"times\":0,\"action\":{\"type\":\"reset\"}}").body())
        .contains("\\\"times\\\" must be an integer 1..2147483647");
    assertThat(postFault("{\"operationId\":\"x\",\"action\":{\"type\":\"delay\",\"ms\":\"soon\"}}").status())
        .isEqualTo(400);
    assertThat(postFault("not json").body()).contains("not valid JSON");
    assertThat(kaiten().faults()).isEmpty();
  }

  private static TestHttp.Answer postFault(String json) {
    return TestHttp.request("POST", kaiten().adminUrl() + "/faults").json(json).send();
  }

  private static HttpRequest.Builder deleteAda() {
    return HttpRequest.newBuilder(URI.create(kaiten().url("/groups/developers/users/42"))).DELETE();
  }

  private static HttpRequest.Builder list() {
    return HttpRequest.newBuilder(URI.create(kaiten().url("/groups/developers/users"))).GET();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, Duration timeout)
      throws IOException, InterruptedException {
    return CLIENT.send(request.header("Authorization", "Bearer demo-admin-token").timeout(timeout).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }
}
