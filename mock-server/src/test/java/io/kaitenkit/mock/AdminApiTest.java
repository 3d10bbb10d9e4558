package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.Fault;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin API over HTTP: health, state, reset, journal; bad input is answered 400 and changes nothing. */
class AdminApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void healthSaysUpAndCountsRequests() throws Exception {
    deleteAda();

    TestHttp.Answer answer = admin("GET", "/health", null);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode health = JSON.readTree(answer.body());
    assertThat(health.get("status").asText()).isEqualTo("up");
    assertThat(health.get("requests").asLong()).isEqualTo(1);
  }

  @Test
  void stateIsTheFixtureFormatAndReadsBack() throws Exception {
    TestHttp.Answer got = admin("GET", "/state", null);
    deleteAda();
    assertThat(kaiten().state().isMember("developers", 42)).isFalse();

    TestHttp.Answer put = admin("PUT", "/state", got.body());

    assertThat(got.status()).isEqualTo(200);
    assertThat(JSON.readTree(got.body())).isEqualTo(JSON.readTree(kaiten().state().toJson()));
    assertThat(put.status()).isEqualTo(200);
    assertThat(kaiten().state().isMember("developers", 42)).isTrue();
  }

  @Test
  void malformedStateIs400AndKeepsTheOldState() {
    String before = kaiten().state().toJson();

    TestHttp.Answer answer = admin("PUT", "/state", "{\"users\": [");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("not valid JSON").contains("line 1");
    assertThat(kaiten().state().toJson()).isEqualTo(before);
  }

  @Test
  void stateWithWrongTypesIs400NamingTheField() {
    String before = kaiten().state().toJson();

    TestHttp.Answer answer = admin("PUT", "/state",
        "{\"companies\": [{\"domain\": \"acme\", \"tariff\": {\"groups\": \"yes\"}}]}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("companies[0].tariff.groups").contains("true or false");
    assertThat(kaiten().state().toJson()).isEqualTo(before);
  }

  @Test
  void stateWithDuplicateIdsIs400() {
    String twice = "{\"companies\":[{\"domain\":\"a\"}],\"users\":["
        + "{\"id\":1,\"company\":\"a\",\"full_name\":\"X Y\",\"email\":\"x@a\"},"
        + "{\"id\":1,\"company\":\"a\",\"full_name\":\"Z W\",\"email\":\"z@a\"}]}";

    TestHttp.Answer answer = admin("PUT", "/state", twice);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("users[1].id").contains("defined twice");
    assertThat(kaiten().state().members("developers")).containsExactly(42L, 43L);
  }

  @Test
  void stateReferringToUnknownUsersOrGroupsIs400() {
    String unknownMember = "{\"companies\":[{\"domain\":\"a\"}],\"groups\":["
        + "{\"uid\":\"g\",\"company\":\"a\",\"users\":[7]}]}";
    String unknownTokenUser = "{\"companies\":[{\"domain\":\"a\"}],\"tokens\":{\"t-1234567890\": 9}}";

    assertThat(admin("PUT", "/state", unknownMember).body()).contains("groups[0].users[0]")
        .contains("user 7 is not defined");
    assertThat(admin("PUT", "/state", unknownTokenUser).body()).contains("must name a user id");
    assertThat(kaiten().state().members("developers")).containsExactly(42L, 43L);
  }

  @Test
  void emptyStateBodyIs400() {
    assertThat(admin("PUT", "/state", "").status()).isEqualTo(400);
  }

  @Test
  void resetRestoresTheFixtureAndEmptiesTheJournalAndFaults() {
    deleteAda();
    kaiten().addFault(Fault.on("listGroupUsers").status(500));

    TestHttp.Answer answer = admin("POST", "/reset", "");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(kaiten().state().isMember("developers", 42)).isTrue();
    assertThat(kaiten().requestCount()).isZero();
    assertThat(kaiten().faults()).isEmpty();
  }

  @Test
  void requestsListsTheJournalWithTokensRedacted() throws Exception {
    deleteAda();

    JsonNode journal = JSON.readTree(admin("GET", "/requests", null).body());

    assertThat(journal.get("total").asLong()).isEqualTo(1);
    JsonNode entry = journal.get("requests").get(0);
    assertThat(entry.get("method").asText()).isEqualTo("DELETE");
    assertThat(entry.get("path").asText()).isEqualTo("/api/latest/groups/developers/users/42");
    assertThat(entry.get("status").asInt()).isEqualTo(200);
    assertThat(entry.get("operationId").asText()).isEqualTo("removeUserFromGroup");
    assertThat(entry.get("violations")).isEmpty();
    assertThat(entry.toString()).doesNotContain("demo-admin-token");
    assertThat(entry.at("/headers/Authorization/0").asText()).isEqualTo("Bearer demo…(16)");
  }

  @Test
  void deletingRequestsEmptiesTheJournal() {
    deleteAda();

    assertThat(admin("DELETE", "/requests", null).status()).isEqualTo(200);
    assertThat(kaiten().requests()).isEmpty();
    assertThat(kaiten().requestCount()).isZero();
  }

  @Test
  void adminCallsAreNotJournaled() {
    admin("GET", "/health", null);
    admin("GET", "/state", null);

    assertThat(kaiten().requestCount()).isZero();
  }

  @Test
  void unknownAdminRouteIs404Json() {
    TestHttp.Answer answer = admin("GET", "/nothing-here", null);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.body()).contains("No admin route for GET /__admin/nothing-here");
  }

  private static void deleteAda() {
    TestHttp.Answer answer = TestHttp.request("DELETE", kaiten().url("/groups/developers/users/42"))
        .token("demo-admin-token").send();
    assertThat(answer.status()).isEqualTo(200);
  }

  private static TestHttp.Answer admin(String method, String path, String body) {
    TestHttp request = TestHttp.request(method, kaiten().adminUrl() + path);
    return body == null ? request.send() : request.json(body).send();
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }
}
