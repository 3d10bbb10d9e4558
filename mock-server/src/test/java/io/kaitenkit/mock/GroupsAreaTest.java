package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.ProviderState;
import static io.kaitenkit.mock.DemoFixture.ADA;
import static io.kaitenkit.mock.DemoFixture.ADMIN_TOKEN;
import static io.kaitenkit.mock.DemoFixture.CAROL;
import static io.kaitenkit.mock.DemoFixture.DAN;
import static io.kaitenkit.mock.DemoFixture.GROUP_ADMIN_TOKEN;
import static io.kaitenkit.mock.DemoFixture.MEMBERS_PERMISSION_TOKEN;
import static io.kaitenkit.mock.DemoFixture.NO_PERMISSION_TOKEN;
import static io.kaitenkit.mock.DemoFixture.OTHER_COMPANY_TOKEN;
import static io.kaitenkit.mock.MockAssertions.assertOkJson;
import static io.kaitenkit.mock.MockAssertions.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The groups area's behaviour from the demo fixture: the answer and the state after each call. */
class GroupsAreaTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void listGroupsAnswersTheCompanysGroupsById() {
    JsonNode groups = assertOkJson(get("/company/groups", ADMIN_TOKEN));

    assertThat(uids(groups)).containsExactly("developers", "designers", "people-ops");
    assertThat(groups.get(0).get("id").asLong()).isEqualTo(10);
    assertThat(groups.get(0).get("add_to_cards_and_spaces_enabled").asBoolean()).isTrue();
    assertThat(uids(assertOkJson(get("/company/groups", OTHER_COMPANY_TOKEN)))).containsExactly("tps-reports");
  }

  @Test
  void listGroupsSearchesNamesInAnyCaseAndPages() {
    assertThat(uids(assertOkJson(get("/company/groups?query=DESIGN", ADMIN_TOKEN)))).containsExactly("designers");
    assertThat(uids(assertOkJson(get("/company/groups?limit=2", ADMIN_TOKEN)))).containsExactly("developers", "designers");
    assertThat(uids(assertOkJson(get("/company/groups?limit=2&offset=2", ADMIN_TOKEN)))).containsExactly("people-ops");
    assertThat(uids(assertOkJson(get("/company/groups?condition=2", ADMIN_TOKEN)))).isEmpty();
  }

  @Test
  void createGroupAddsAGroupWithTheNextIdAndAUuid() {
    TestHttp.Answer answer = send("POST", "/company/groups", ADMIN_TOKEN,
        "{\"name\":\"QA\",\"permissions\":1,\"add_to_cards_and_spaces_enabled\":true}");

    JsonNode group = assertOkJson(answer);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(group.get("id").asLong()).isEqualTo(31);
    assertThat(group.get("uid").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(group.get("created").asText()).isEqualTo(group.get("updated").asText()).endsWith("Z");
    assertThat(kaiten().state().hasGroup(group.get("uid").asText())).isTrue();
    assertThat(kaiten().state().members(group.get("uid").asText())).isEmpty();
    assertThat(uids(assertOkJson(get("/company/groups", ADMIN_TOKEN)))).endsWith(group.get("uid").asText());
    assertThat(uids(assertOkJson(get("/company/groups", OTHER_COMPANY_TOKEN)))).containsExactly("tps-reports");
  }

  @Test
  void createGroupWithoutANameChangesNothing() {
    String before = kaiten().state().toJson();

    TestHttp.Answer answer = send("POST", "/company/groups", ADMIN_TOKEN, "{\"permissions\":1}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("name");
    assertThat(kaiten().state().toJson()).isEqualTo(before);
  }

  @Test
  void aGroupAdminMayGetButNotUpdateTheirGroup() {
    assertThat(assertOkJson(get("/company/groups/developers", GROUP_ADMIN_TOKEN)).get("name").asText()).isEqualTo("Developers");
    assertThat(send("PATCH", "/company/groups/developers", GROUP_ADMIN_TOKEN, "{\"name\":\"X\"}").status())
        .isEqualTo(403);
    assertThat(send("DELETE", "/company/groups/developers", GROUP_ADMIN_TOKEN, null).status()).isEqualTo(403);
    assertThat(kaiten().state().hasGroup("developers")).isTrue();
  }

  @Test
  void updateGroupRenamesAndChangesUpdatedOnly() {
    JsonNode before = assertOkJson(get("/company/groups/developers", ADMIN_TOKEN));

    JsonNode after = assertOkJson(send("PATCH", "/company/groups/developers", ADMIN_TOKEN, "{\"name\":\"Devs\"}"));

    assertThat(after.get("name").asText()).isEqualTo("Devs");
    assertThat(after.get("updated").asText()).isNotEqualTo(before.get("updated").asText());
    assertThat(after.get("created")).isEqualTo(before.get("created"));
    assertThat(after.get("permissions")).isEqualTo(before.get("permissions"));
    assertThat(assertOkJson(get("/company/groups/developers", ADMIN_TOKEN)).get("name").asText()).isEqualTo("Devs");
  }

  @Test
  void permissionBitsGivenToAGroupCountForItsMembersAtOnce() {
    kaiten().state().addMember("developers", DemoFixture.BOB);
    assertThat(get("/company/groups", NO_PERMISSION_TOKEN).status()).isEqualTo(403);

    send("PATCH", "/company/groups/developers", ADMIN_TOKEN, "{\"permissions\":1}");

    assertThat(kaiten().state().effectivePermissions(ADA)).isEqualTo(1);
    assertThat(get("/company/groups", NO_PERMISSION_TOKEN).status()).isEqualTo(200);
  }

  @Test
  void removingAGroupDropsItsMembersAdminsAndBits() {
    TestHttp.Answer removed = send("DELETE", "/company/groups/people-ops", ADMIN_TOKEN, null);

    assertThat(assertOkJson(removed).get("uid").asText()).isEqualTo("people-ops");
    assertThat(kaiten().state().hasGroup("people-ops")).isFalse();
    assertThat(kaiten().state().effectivePermissions(DAN)).isZero();
    assertThat(get("/company/groups", MEMBERS_PERMISSION_TOKEN).status()).isEqualTo(403);
    assertThat(get("/company/groups/people-ops", ADMIN_TOKEN).status()).isEqualTo(404);
  }

  @Test
  void anotherCompanysGroupIs404AndUntouched() {
    assertThat(send("PATCH", "/company/groups/developers", OTHER_COMPANY_TOKEN, "{\"name\":\"Mine\"}").status())
        .isEqualTo(404);
    assertThat(send("DELETE", "/company/groups/developers", OTHER_COMPANY_TOKEN, null).status()).isEqualTo(404);
    assertThat(assertOkJson(get("/company/groups/developers", ADMIN_TOKEN)).get("name").asText()).isEqualTo("Developers");
  }

  @Test
  void membersAndAdminsAreListedAsExtendedUsers() {
    JsonNode members = assertOkJson(get("/groups/developers/users", ADMIN_TOKEN));
    JsonNode admins = assertOkJson(get("/groups/developers/admins", ADMIN_TOKEN));

    assertThat(ids(members)).containsExactly(42L, 43L);
    assertThat(members.get(0).size()).isEqualTo(22);
    assertThat(members.get(0).get("news_subscription").asBoolean()).isTrue();
    assertThat(ids(admins)).containsExactly(CAROL);
  }

  @Test
  void addingAnAdminDoesNotMakeAMemberAndAgainChangesNothing() {
    TestHttp.Answer first = send("POST", "/groups/designers/admins", ADMIN_TOKEN, "{\"user_id\":2}");
    TestHttp.Answer again = send("POST", "/groups/designers/admins", ADMIN_TOKEN, "{\"user_id\":2}");

    assertThat(first.status()).isEqualTo(200);
    assertThat(assertOkJson(first).get("id").asLong()).isEqualTo(2);
    assertThat(assertOkJson(first).size()).isEqualTo(19);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(kaiten().state().admins("designers")).containsExactly(2L);
    assertThat(kaiten().state().isMember("designers", 2)).isFalse();
    assertThat(send("DELETE", "/groups/designers/users/44", NO_PERMISSION_TOKEN, null).status()).isEqualTo(200);
  }

  @Test
  void removingAnAdminEndsTheirRightsOverTheGroup() {
    TestHttp.Answer removed = send("DELETE", "/groups/developers/admins/3", ADMIN_TOKEN, null);

    assertThat(assertOkJson(removed).get("id").asLong()).isEqualTo(CAROL);
    assertThat(kaiten().state().admins("developers")).isEmpty();
    assertThat(get("/groups/developers/users", GROUP_ADMIN_TOKEN).status()).isEqualTo(403);
    assertThat(send("DELETE", "/groups/developers/admins/3", ADMIN_TOKEN, null).status()).isEqualTo(404);
  }

  @Test
  void addingAnAdminOfAnotherCompanyIs404() {
    assertThat(send("POST", "/groups/developers/admins", ADMIN_TOKEN, "{\"user_id\":201}").status()).isEqualTo(404);
    assertThat(kaiten().state().admins("developers")).containsExactly(CAROL);
  }

  @Test
  void currentUserIsTheTokensUserWithCompanyFacts() {
    JsonNode alice = assertOkJson(get("/users/current", ADMIN_TOKEN));
    JsonNode dan = assertOkJson(get("/users/current", MEMBERS_PERMISSION_TOKEN));

    assertThat(alice.get("id").asLong()).isEqualTo(1);
    assertThat(alice.get("company_id").asLong()).isEqualTo(1);
    assertThat(alice.get("role").asInt()).isEqualTo(1);
    assertThat(dan.get("role").asInt()).isEqualTo(2);
    assertThat(dan.get("permissions").asLong()).isEqualTo(1);
    assertThat(assertOkJson(get("/users/current", OTHER_COMPANY_TOKEN)).get("company_id").asLong()).isEqualTo(3);
  }

  @Test
  void deactivatingTheTokensUserMakesCurrentUser403() {
    kaiten().setUpProviderState(ProviderState.TOKEN_USER_IS_DEACTIVATED.sentence(), java.util.Map.of());

    assertThat(get("/users/current", ADMIN_TOKEN).status()).isEqualTo(403);
    assertThat(get("/users", ADMIN_TOKEN).status()).isEqualTo(403);
  }

  @Test
  void listUsersAnswersActiveCompanyUsersInIdOrder() {
    assertThat(ids(assertOkJson(get("/users", ADMIN_TOKEN)))).containsExactly(1L, 2L, 3L, 4L, 42L, 43L);
    assertThat(ids(assertOkJson(get("/users?include_inactive=true", ADMIN_TOKEN))))
        .containsExactly(1L, 2L, 3L, 4L, 5L, 42L, 43L, 44L);
    assertThat(ids(assertOkJson(get("/users", OTHER_COMPANY_TOKEN)))).containsExactly(200L, 201L);
  }

  @Test
  void listUsersSearchesIdsAndPages() {
    assertThat(ids(assertOkJson(get("/users?query=LOVELACE", ADMIN_TOKEN)))).containsExactly(ADA);
    assertThat(ids(assertOkJson(get("/users?query=alan%40acme", ADMIN_TOKEN)))).containsExactly(43L);
    assertThat(ids(assertOkJson(get("/users?ids=43,2,999", ADMIN_TOKEN)))).containsExactly(2L, 43L);
    assertThat(ids(assertOkJson(get("/users?limit=2&offset=1", ADMIN_TOKEN)))).containsExactly(2L, 3L);
    assertThat(ids(assertOkJson(get("/users?limit=100", ADMIN_TOKEN)))).hasSize(6);
  }

  @Test
  void listUsersOverTheLimitOf100Is400() {
    TestHttp.Answer answer = get("/users?limit=101", ADMIN_TOKEN);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("limit");
  }

  @Test
  void withoutTheMembersSectionOnlyUsersSharingAGroupAreListed() {
    assertThat(ids(assertOkJson(get("/users", NO_PERMISSION_TOKEN)))).containsExactly(2L);

    kaiten().state().addMember("developers", 2);

    assertThat(ids(assertOkJson(get("/users", NO_PERMISSION_TOKEN)))).containsExactly(2L, 42L, 43L);
    assertThat(ids(assertOkJson(get("/users", MEMBERS_PERMISSION_TOKEN)))).containsExactly(1L, 2L, 3L, 4L, 42L, 43L);
  }

  private static TestHttp.Answer get(String path, String token) {
    return send("GET", path, token, null);
  }

  private static TestHttp.Answer send(String method, String path, String token, String body) {
    TestHttp request = TestHttp.request(method, kaiten().baseUrl() + path).token(token);
    return (body == null ? request : request.json(body)).send();
  }

  private static List<String> uids(JsonNode groups) {
    List<String> uids = new ArrayList<>();
    groups.forEach(group -> uids.add(group.get("uid").asText()));
    return uids;
  }

  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }
}
