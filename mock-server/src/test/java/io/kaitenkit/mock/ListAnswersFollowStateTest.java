package io.kaitenkit.mock;

import static io.kaitenkit.mock.DemoFixture.ADMIN_TOKEN;
import static io.kaitenkit.mock.DemoFixture.DEVELOPERS;
import static io.kaitenkit.mock.DemoFixture.HANK;
import static io.kaitenkit.mock.MockAssertions.assertOkJson;
import static io.kaitenkit.mock.MockAssertions.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lists are built once per state and kept until the state may change: every way of changing the state
 * (an API call, the admin API, a reset, a new fixture) shows in the next list, never a stale one.
 */
class ListAnswersFollowStateTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @AfterEach
  void reset() {
    kaiten().reset();
  }

  @Test
  void aMemberRemovedThroughTheApiLeavesTheNextList() {
    List<Long> before = memberIds();
    long leaving = before.get(0);

    assertThat(send("DELETE", "/groups/" + DEVELOPERS + "/users/" + leaving, null).status()).isEqualTo(200);

    assertThat(memberIds()).isEqualTo(without(before, leaving)).isEqualTo(kaiten().state().members(DEVELOPERS));
  }

  @Test
  void aMemberAddedThroughTheApiJoinsTheNextList() {
    assertThat(memberIds()).doesNotContain(HANK);

    assertThat(send("POST", "/groups/" + DEVELOPERS + "/users", "{\"user_id\":" + HANK + "}").status())
        .isIn(200, 404); // HANK may belong to another company; the list must match the state either way

    assertThat(memberIds()).isEqualTo(kaiten().state().members(DEVELOPERS));
  }

  @Test
  void changesThroughTheAdminApiShowInTheNextList() {
    List<Long> before = memberIds();
    long leaving = before.get(0);

    kaiten().state().removeMember(DEVELOPERS, leaving);
    assertThat(memberIds()).isEqualTo(without(before, leaving));

    kaiten().state().addMember(DEVELOPERS, leaving);
    assertThat(memberIds()).isEqualTo(before);

    kaiten().state().addAdmin(DEVELOPERS, leaving);
    assertThat(ids(assertOkJson(get("/groups/" + DEVELOPERS + "/admins")))).contains(leaving);
  }

  @Test
  void aResetAndANewFixtureShowInTheNextList() {
    List<Long> before = memberIds();
    send("DELETE", "/groups/" + DEVELOPERS + "/users/" + before.get(0), null);
    assertThat(memberIds()).hasSize(before.size() - 1);

    kaiten().reset();
    assertThat(memberIds()).isEqualTo(before);

    kaiten().state().replace(kaiten().state().toJson().replace("\"" + DEVELOPERS + "\"", "\"renamed\""));
    assertThat(get("/groups/" + DEVELOPERS + "/users").status()).isEqualTo(404);
    assertThat(ids(assertOkJson(get("/groups/renamed/users")))).isEqualTo(before);
  }

  @Test
  void aRenamedGroupShowsInTheNextGroupListAndGroup() {
    assertThat(assertOkJson(get("/company/groups/" + DEVELOPERS)).get("name").asText()).isNotEqualTo("Renamed");
    JsonNode listed = assertOkJson(get("/company/groups"));

    assertThat(send("PATCH", "/company/groups/" + DEVELOPERS, "{\"name\":\"Renamed\"}").status()).isEqualTo(200);

    assertThat(assertOkJson(get("/company/groups/" + DEVELOPERS)).get("name").asText()).isEqualTo("Renamed");
    JsonNode relisted = assertOkJson(get("/company/groups"));
    assertThat(relisted.size()).isEqualTo(listed.size());
    assertThat(relisted.findValuesAsText("name")).contains("Renamed");
  }

  @Test
  void theSameListReadTwiceIsTheSameAnswer() {
    String first = get("/groups/" + DEVELOPERS + "/users").body();
    String second = get("/groups/" + DEVELOPERS + "/users").body();
    String users = get("/users").body();

    assertThat(second).isEqualTo(first);
    assertThat(get("/users").body()).isEqualTo(users);
    assertThat(get("/users?limit=1").body()).isNotEqualTo(users); // another query is another answer
  }

  private static List<Long> memberIds() {
    return ids(assertOkJson(get("/groups/" + DEVELOPERS + "/users")));
  }

  private static List<Long> without(List<Long> ids, long id) {
    List<Long> rest = new ArrayList<>(ids);
    rest.remove(id);
    return rest;
  }

  private static TestHttp.Answer get(String path) {
    return TestHttp.request("GET", kaiten().baseUrl() + path).token(ADMIN_TOKEN).send();
  }

  private static TestHttp.Answer send(String method, String path, String body) {
    TestHttp request = TestHttp.request(method, kaiten().baseUrl() + path).token(ADMIN_TOKEN);
    return (body == null ? request : request.json(body)).send();
  }

  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }
}
