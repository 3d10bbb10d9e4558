package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.assertAuthorizedJsonRequest;
import static io.kaitenkit.client.Fixtures.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five operations on {@code /company/groups}: what they send and how they read the answer. */
class GroupsTest {
  static final String DEVELOPERS_JSON = """
      {"name": "Developers", "permissions": 1, "updated": "2026-01-15T10:00:00.000Z",
       "created": "2025-06-01T09:30:00.000Z", "id": 7, "uid": "developers",
       "add_to_cards_and_spaces_enabled": false}
      """;
  static final Group DEVELOPERS = new Group(7, "developers", "Developers", 1, false,
      Instant.parse("2025-06-01T09:30:00Z"), Instant.parse("2026-01-15T10:00:00Z"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void listingGroupsSendsAGetAndReadsTheArray() throws Exception {
    server.enqueue(Answers.json(200, "[" + DEVELOPERS_JSON + "]"));

    KaitenResult.WithBadRequest<List<Group>> result = client.listGroups();

    assertOutcome(result, new KaitenResult.Ok<>(List.of(DEVELOPERS)));
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/latest/company/groups");
    assertAuthorizedJsonRequest(request);
    assertThat(Servers.body(request)).isEmpty();
  }

  @Test
  void listingGroupsSendsEveryParameterGivenEncoded() throws Exception {
    server.enqueue(Answers.json(200, "[]"));

    client.listGroups(ListGroupsQuery.all().query("dev ops&qa").limit(20).offset(40)
        .condition(ListGroupsQuery.Condition.INACTIVE).withUsersCount(true).withTreeEntities(false)
        .withSyncGroupAttribute(true));

    assertThat(Servers.take(server).getTarget()).isEqualTo("/api/latest/company/groups?query=dev%20ops%26qa"
        + "&limit=20&offset=40&condition=2&with_users_count=true&with_tree_entities=false"
        + "&with_sync_group_attribute=true");
  }

  @Test
  void creatingAGroupPostsOnlyTheGivenAttributesAndAnswersTheGroup() throws Exception {
    server.enqueue(Answers.json(200, DEVELOPERS_JSON));

    KaitenResult.WithTariff<Group> result = client.createGroup(NewGroup.named("Developers").withPermissions(1));

    assertOutcome(result, new KaitenResult.Ok<>(DEVELOPERS));
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/latest/company/groups");
    assertAuthorizedJsonRequest(request);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(JSON.readTree(Servers.body(request)))
        .isEqualTo(JSON.readTree("{\"name\": \"Developers\", \"permissions\": 1}"));
  }

  @Test
  void creatingAGroupWithEveryAttributeSendsThemAll() throws Exception {
    server.enqueue(Answers.json(200, DEVELOPERS_JSON));

    client.createGroup(NewGroup.named("Developers").withPermissions(3).withAddToCardsAndSpacesEnabled(true));

    assertThat(JSON.readTree(Servers.body(Servers.take(server)))).isEqualTo(JSON.readTree(
        "{\"name\": \"Developers\", \"permissions\": 3, \"add_to_cards_and_spaces_enabled\": true}"));
  }

  @Test
  void gettingAGroupSendsAGetToItsUid() throws Exception {
    server.enqueue(Answers.json(200, DEVELOPERS_JSON));

    KaitenResult.Plain<Group> result = client.getGroup("developers");

    assertOutcome(result, new KaitenResult.Ok<>(DEVELOPERS));
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/latest/company/groups/developers");
    assertAuthorizedJsonRequest(request);
  }

  @Test
  void updatingAGroupPatchesOnlyTheGivenAttributes() throws Exception {
    server.enqueue(Answers.json(200, DEVELOPERS_JSON));

    KaitenResult.WithTariff<Group> result = client.updateGroup("developers", GroupUpdate.none().withName("Devs"));

    assertOutcome(result, new KaitenResult.Ok<>(DEVELOPERS));
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getTarget()).isEqualTo("/api/latest/company/groups/developers");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(Servers.body(request)).isEqualTo("{\"name\":\"Devs\"}");
  }

  @Test
  void anUpdateOfNothingSendsAnEmptyObject() throws Exception {
    server.enqueue(Answers.json(200, DEVELOPERS_JSON));

    client.updateGroup("developers", GroupUpdate.none());

    assertThat(Servers.body(Servers.take(server))).isEqualTo("{}");
  }

  @Test
  void anUpdateOfEveryAttributeSendsThemAll() throws Exception {
    server.enqueue(Answers.json(200, DEVELOPERS_JSON));

    client.updateGroup("developers",
        GroupUpdate.none().withPermissions(0).withAddToCardsAndSpacesEnabled(false).withName("QA"));

    assertThat(JSON.readTree(Servers.body(Servers.take(server)))).isEqualTo(JSON.readTree(
        "{\"name\": \"QA\", \"permissions\": 0, \"add_to_cards_and_spaces_enabled\": false}"));
  }

  @Test
  void removingAGroupSendsABodilessDeleteAndAnswersTheRemovedGroup() throws Exception {
    server.enqueue(Answers.json(200, DEVELOPERS_JSON));

    KaitenResult.Plain<Group> result = client.removeGroup("developers");

    assertOutcome(result, new KaitenResult.Ok<>(DEVELOPERS));
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/api/latest/company/groups/developers");
    assertThat(Servers.body(request)).isEmpty();
    assertThat(request.getHeaders().get("Content-Type")).isNull();
  }

  @Test
  void theUidIsOnePercentEncodedPathSegment() throws Exception {
    server.enqueue(Answers.json(200, DEVELOPERS_JSON));

    client.getGroup("qa/ops 100%");

    assertThat(Servers.take(server).getTarget()).isEqualTo("/api/latest/company/groups/qa%2Fops%20100%25");
  }

  @Test
  void aGroupWithoutANameIsMalformedAndNamesTheAttribute() throws Exception {
    String body = DEVELOPERS_JSON.replace("\"name\": \"Developers\", ", "");
    server.enqueue(Answers.json(200, body));

    assertOutcome(client.getGroup("developers"),
        new KaitenResult.MalformedBody<>("body is not a Group: attribute 'name' is missing", body));
  }

  @Test
  void aListOfGroupsWithABrokenElementNamesTheElement() throws Exception {
    String broken = DEVELOPERS_JSON.replace("\"permissions\": 1", "\"permissions\": \"1\"");
    String body = "[" + DEVELOPERS_JSON + "," + broken + "]";
    server.enqueue(Answers.json(200, body));

    assertOutcome(client.listGroups(), new KaitenResult.MalformedBody<>(
        "body is not a list of groups: element 1: attribute 'permissions' is a string (\"1\"), not an integer", body));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void aBlankUidIsRejectedBeforeAnythingIsSent(String uid) {
    assertThatThrownBy(() -> client.getGroup(uid)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("uid is blank");
    assertThatThrownBy(() -> client.removeGroupAsync(uid)).hasMessage("uid is blank");
    assertThatThrownBy(() -> client.updateGroup(uid, GroupUpdate.none())).hasMessage("uid is blank");
    assertThatThrownBy(() -> client.getGroup(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("uid == null");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aNameMustBeOneTo512Characters() {
    assertThatThrownBy(() -> NewGroup.named("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be 1 to 512 characters, got 0");
    assertThatThrownBy(() -> NewGroup.named("x".repeat(513))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be 1 to 512 characters, got 513");
    assertThatThrownBy(() -> GroupUpdate.none().withName("")).hasMessage("name must be 1 to 512 characters, got 0");
    assertThatThrownBy(() -> NewGroup.named(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("name == null");
    assertThat(NewGroup.named("😀".repeat(512)).name()).hasSize(1024);
    assertThatThrownBy(() -> NewGroup.named("Developers").withPermissions(-1)).hasMessage("permissions < 0: -1");
  }

  @Test
  void pagingParametersAreChecked() {
    assertThatThrownBy(() -> ListGroupsQuery.all().limit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit < 1: 0");
    assertThatThrownBy(() -> ListGroupsQuery.all().offset(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset < 0: -1");
    assertThatThrownBy(() -> client.listGroups(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("query == null");
    assertThatThrownBy(() -> client.createGroup(null)).hasMessage("group == null");
    assertThatThrownBy(() -> client.updateGroup("developers", null)).hasMessage("update == null");
    assertThat(server.getRequestCount()).isZero();
  }
}
