package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.ProviderState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The provider-state vocabulary through Pact's state-change call ({@code POST /__admin/provider-states}),
 * the way a verifier that is not JVM-based drives it, and through the Java API.
 */
class ProviderStatesTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void userIsAMemberMakesTheDeleteSucceed() {
    TestHttp.Answer setup = change("{\"state\":\"user 44 is a member of group developers\",\"params\":{},"
        + "\"action\":\"setup\"}");

    assertThat(setup.status()).isEqualTo(200);
    assertThat(kaiten().state().isMember("developers", 44)).isTrue();
    assertThat(delete("developers", 44, "demo-admin-token").status()).isEqualTo(200);
  }

  @Test
  void paramsGiveOrOverrideTheSentencesValues() {
    change("{\"state\":\"user 42 is not a member of group developers\",\"params\":{\"userId\":43}}");

    assertThat(kaiten().state().members("developers")).containsExactly(42L);
  }

  @Test
  void groupDoesNotExistGives404() {
    change("{\"state\":\"group developers does not exist\"}");

    assertThat(delete("developers", 42, "demo-admin-token").status()).isEqualTo(404);
  }

  @Test
  void userDoesNotExistMakesAddingThem404() {
    change("{\"state\":\"user 44 does not exist\"}");

    TestHttp.Answer add = TestHttp.request("POST", kaiten().url("/groups/developers/users"))
        .token("demo-admin-token").json("{\"user_id\":44}").send();

    assertThat(add.status()).isEqualTo(404);
    assertThat(kaiten().state().members("designers")).isEmpty();
  }

  @Test
  void userMayNotManageGroupGives403() {
    change("{\"state\":\"user 1 may not manage group developers\"}");

    assertThat(delete("developers", 42, "demo-admin-token").status()).isEqualTo(403);
    assertThat(kaiten().state().isMember("developers", 42)).isTrue();
  }

  @Test
  void groupExistsCreatesAMissingGroupInAcme() {
    TestHttp.Answer setup = change("{\"state\":\"group qa exists\",\"params\":{\"name\":\"Quality\"}}");

    assertThat(setup.status()).isEqualTo(200);
    assertThat(kaiten().state().hasGroup("qa")).isTrue();
    assertThat(kaiten().state().members("qa")).isEmpty();
    assertThat(kaiten().state().toJson()).contains("\"uid\" : \"qa\"").contains("\"name\" : \"Quality\"");
    assertThat(add("qa", 44, "demo-admin-token").status()).isEqualTo(200);
  }

  @Test
  void groupExistsKeepsAnExistingGroupAndItsMembers() {
    change("{\"state\":\"group developers exists\"}");

    assertThat(kaiten().state().members("developers")).containsExactly(42L, 43L);
    assertThat(kaiten().state().toJson()).contains("\"name\" : \"Developers\"");
  }

  @Test
  void groupExistsInAnotherCompanyIsHiddenFromAcme() {
    change("{\"state\":\"group sales exists\",\"params\":{\"company\":\"initech\"}}");

    assertThat(kaiten().state().hasGroup("sales")).isTrue();
    assertThat(add("sales", 44, "demo-admin-token").status()).isEqualTo(404);
    assertThat(add("sales", 201, "demo-other-company-token").status()).isEqualTo(200);
  }

  @Test
  void userIsAnAdminLetsThemManageTheGroup() {
    change("{\"state\":\"user 2 is an admin of group designers\"}");

    assertThat(kaiten().state().admins("designers")).containsExactly(2L);
    assertThat(kaiten().state().isMember("designers", 2)).isFalse();
    assertThat(delete("designers", 44, "demo-no-permission-token").status()).isEqualTo(200);
  }

  @Test
  void userIsNotAnAdminTakesTheAdministrationAway() {
    change("{\"state\":\"user 3 is not an admin of group developers\"}");

    assertThat(kaiten().state().admins("developers")).isEmpty();
    assertThat(delete("developers", 42, "demo-group-admin-token").status()).isEqualTo(403);
    assertThat(kaiten().state().isMember("developers", 42)).isTrue();
  }

  @Test
  void theTokensUserMayNotManageGroupsLosesAdminAndBitOne() {
    change("{\"state\":\"the token's user may not manage groups\"}");

    assertThat(kaiten().state().effectivePermissions(1) & 1).isZero();
    assertThat(delete("developers", 42, "demo-admin-token").status()).isEqualTo(403);
    assertThat(kaiten().state().isMember("developers", 42)).isTrue();
  }

  @Test
  void theTokensUserMayNotManageGroupsAlsoEndsBitOneThroughAGroup() {
    change("{\"state\":\"the token's user may not manage groups\","
        + "\"params\":{\"token\":\"demo-members-permission-token\"}}");

    assertThat(kaiten().state().effectivePermissions(4) & 1).isZero();
    assertThat(kaiten().state().isMember("people-ops", 4)).isFalse();
    assertThat(delete("developers", 42, "demo-members-permission-token").status()).isEqualTo(403);
  }

  @Test
  void theTokensUserIsDeactivatedShowsInTheState() {
    change("{\"state\":\"the token's user is deactivated\"}");

    assertThat(kaiten().state().toJson()).contains("\"full_name\" : \"Alice Admin\"");
    assertThat(MockAssertions.parse(kaiten().state().toJson()).get("users").get(0).get("activated").asBoolean())
        .isFalse();
  }

  @Test
  void statesOfAnUnknownTokenOrGroupChangeNothing() {
    String before = kaiten().state().toJson();

    assertThat(change("{\"state\":\"the token's user is deactivated\",\"params\":{\"token\":\"nope-nope-nope\"}}")
        .body()).contains("unknown token nope…(14)");
    assertThat(change("{\"state\":\"user 2 is an admin of group nowhere\"}").body()).contains("nowhere");
    assertThat(change("{\"state\":\"user 101 is an admin of group developers\"}").body()).contains("globex");
    assertThat(change("{\"state\":\"group qa exists\",\"params\":{\"company\":\"hooli\"}}").body())
        .contains("unknown company 'hooli'");
    assertThat(kaiten().state().toJson()).isEqualTo(before);
  }

  @Test
  void tariffWithoutGroupsGives402() {
    change("{\"state\":\"the company tariff does not include groups\"}");

    TestHttp.Answer answer = delete("developers", 42, "demo-admin-token");

    assertThat(answer.status()).isEqualTo(402);
    assertThat(answer.body()).isEqualTo("{\"message\":\"Feature is not supported by tariff\"}");
  }

  @Test
  void invalidTokenGives401() {
    change("{\"state\":\"the token is invalid\",\"params\":{\"token\":\"demo-admin-token\"}}");

    assertThat(delete("developers", 42, "demo-admin-token").status()).isEqualTo(401);
  }

  @Test
  void exhaustedRateLimitGives429() {
    change("{\"state\":\"the rate limit is exhausted\"}");

    TestHttp.Answer answer = delete("developers", 42, "demo-admin-token");

    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.header("X-RateLimit-Remaining")).isEqualTo("0");
  }

  @Test
  void nextRequestRejectedAsMalformedAnswersTheDocumented400Once() {
    change("{\"state\":\"the next request to removeUserFromGroup is rejected as malformed\"}");

    TestHttp.Answer rejected = delete("developers", 42, "demo-admin-token");
    TestHttp.Answer next = delete("developers", 42, "demo-admin-token");

    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.header("Content-Type")).startsWith("application/json");
    assertThat(rejected.body()).startsWith("{\"message\":");
    assertThat(next.status()).isEqualTo(200);
  }

  @Test
  void teardownRestoresTheStartupStateButKeepsTheJournal() {
    change("{\"state\":\"the company tariff does not include groups\",\"action\":\"setup\"}");
    delete("developers", 42, "demo-admin-token");

    TestHttp.Answer teardown = change("{\"state\":\"the company tariff does not include groups\","
        + "\"action\":\"teardown\"}");

    assertThat(teardown.status()).isEqualTo(200);
    assertThat(delete("developers", 42, "demo-admin-token").status()).isEqualTo(200);
    assertThat(kaiten().requestCount()).isEqualTo(2);
  }

  @Test
  void unknownStateIs400ListingTheKnownOnes() {
    String before = kaiten().state().toJson();

    TestHttp.Answer answer = change("{\"state\":\"the moon is full\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("unknown provider state 'the moon is full'")
        .contains("user {userId} is a member of group {groupUid}");
    assertThat(kaiten().state().toJson()).isEqualTo(before);
  }

  @Test
  void malformedStateChangesAre400() {
    assertThat(change("{\"state\":").status()).isEqualTo(400);
    assertThat(change("{\"state\":\"group developers does not exist\",\"action\":\"undo\"}").body())
        .contains("setup or teardown");
    assertThat(change("{\"state\":\"user abc is a member of group developers\"}").body())
        .contains("'userId' must be a user id");
    assertThat(change("{\"state\":\"user 999 is a member of group developers\"}").body())
        .contains("unknown user 999");
    assertThat(kaiten().state().members("developers")).containsExactly(42L, 43L);
  }

  @Test
  void knownStatesAreListed() {
    TestHttp.Answer answer = TestHttp.request("GET", kaiten().adminUrl() + "/provider-states").send();

    assertThat(answer.status()).isEqualTo(200);
    for (ProviderState state : ProviderState.values()) {
      assertThat(answer.body()).contains(state.template());
    }
  }

  @Test
  void javaApiSpeaksTheSameVocabulary() {
    kaiten().setUpProviderState(ProviderState.USER_IS_MEMBER.sentence(44, "developers"), Map.of());

    assertThat(kaiten().state().isMember("developers", 44)).isTrue();
    kaiten().setUpProviderState(ProviderState.USER_IS_ADMIN.sentence(2, "designers"), Map.of());
    assertThat(kaiten().state().isAdmin("designers", 2)).isTrue();
    kaiten().setUpProviderState(ProviderState.GROUP_EXISTS.sentence("qa"), Map.of("name", "Quality"));
    assertThat(kaiten().state().hasGroup("qa")).isTrue();
    assertThatThrownBy(() -> kaiten().setUpProviderState("nonsense", Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("known:");
  }

  @Test
  void sentencesRoundTripThroughTheirTemplates() {
    for (ProviderState state : ProviderState.values()) {
      Object[] values = state.parameterNames().stream().map(name -> name.equals("userId") ? "7" : "g-1").toArray();
      String sentence = state.sentence(values);

      assertThat(ProviderState.match(sentence)).get().extracting(ProviderState.Match::state).isEqualTo(state);
    }
  }

  private static TestHttp.Answer change(String body) {
    return TestHttp.request("POST", kaiten().adminUrl() + "/provider-states").json(body).send();
  }

  private static TestHttp.Answer add(String group, long user, String token) {
    return TestHttp.request("POST", kaiten().url("/groups/" + group + "/users")).token(token)
        .json("{\"user_id\":" + user + "}").send();
  }

  private static TestHttp.Answer delete(String group, long user, String token) {
    return TestHttp.request("DELETE", kaiten().url("/groups/" + group + "/users/" + user)).token(token).send();
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }
}
