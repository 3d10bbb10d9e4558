package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.ProviderState;
import io.kaitenkit.mock.admin.Fault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Interactions stay apart whether or not a verifier sends teardown: the first setup after an API
 * request starts from the startup state, setups in a row add up. Driven the way Pact's Rust core drives
 * it: setup, request, setup, request, never a teardown.
 */
class ProviderStateIsolationTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void aTariffSwitchedOffInOneInteractionIsOnAgainInTheNext() {
    setUp("the company tariff does not include groups", "{}");
    assertThat(delete("developers", 42, "demo-admin-token").status()).isEqualTo(402);

    setUp("user 42 is a member of group developers", "{}");
    TestHttp.Answer next = delete("developers", 42, "demo-admin-token");

    assertThat(next.status()).isEqualTo(200);
    assertThat(kaiten().state().isMember("developers", 42)).isFalse();
  }

  @Test
  void anInvalidatedTokenIsValidAgainInTheNextInteraction() {
    setUp("the token is invalid", "{\"token\":\"demo-admin-token\"}");
    assertThat(list("developers", "demo-admin-token").status()).isEqualTo(401);

    setUp("user 44 is a member of group developers", "{}");
    TestHttp.Answer next = list("developers", "demo-admin-token");

    assertThat(next.status()).isEqualTo(200);
    assertThat(kaiten().state().tokens()).containsEntry("demo-admin-token", 1L);
  }

  @Test
  void aMembershipRemovedByOneInteractionIsBackInTheNext() {
    setUp("user 42 is a member of group developers", "{}");
    assertThat(delete("developers", 42, "demo-admin-token").status()).isEqualTo(200);

    setUp("user 43 is a member of group developers", "{}");

    assertThat(kaiten().state().members("developers")).containsExactly(42L, 43L);
  }

  @Test
  void anUnusedRateLimitAndMalformedAnswerDoNotReachTheNextInteraction() {
    setUp("the rate limit is exhausted", "{\"token\":\"demo-no-permission-token\"}");
    setUp("the next request to listGroupUsers is rejected as malformed", "{}");
    assertThat(delete("developers", 42, "demo-admin-token").status()).isEqualTo(200);

    setUp("user 42 is a member of group developers", "{}");

    assertThat(kaiten().rateLimit()).isZero();
    assertThat(kaiten().faults()).isEmpty();
    assertThat(list("developers", "demo-no-permission-token").status()).isEqualTo(403);
  }

  @Test
  void setupsInARowAddUp() {
    setUp("user 44 is a member of group developers", "{}");
    setUp("user 42 is not a member of group developers", "{}");
    setUp("the company tariff does not include groups", "{}");

    assertThat(kaiten().state().members("developers")).containsExactly(43L, 44L);
    assertThat(delete("developers", 44, "demo-admin-token").status()).isEqualTo(402);
    assertThat(kaiten().state().members("developers")).containsExactly(43L, 44L);
  }

  @Test
  void teardownStillRestoresTheStartupStateAndKeepsTheJournal() {
    setUp("user 42 is not a member of group developers", "{}");
    setUp("the company tariff does not include groups", "{}");
    delete("developers", 43, "demo-admin-token");

    TestHttp.Answer teardown = change("{\"state\":\"the company tariff does not include groups\","
        + "\"action\":\"teardown\"}");

    assertThat(teardown.status()).isEqualTo(200);
    assertThat(kaiten().state().members("developers")).containsExactly(42L, 43L);
    assertThat(kaiten().requestCount()).isEqualTo(1);
    assertThat(delete("developers", 43, "demo-admin-token").status()).isEqualTo(200);
  }

  @Test
  void aSetupAfterATeardownStartsFromTheStartupState() {
    setUp("user 44 is a member of group developers", "{}");
    change("{\"state\":\"user 44 is a member of group developers\",\"action\":\"teardown\"}");

    setUp("user 42 is not a member of group developers", "{}");

    assertThat(kaiten().state().members("developers")).containsExactly(43L);
  }

  @Test
  void aFailedFirstSetupLeavesThePreviousInteractionsStateAsItWas() {
    setUp("the company tariff does not include groups", "{}");
    setUp("the next request to addUserToGroup is rejected as malformed", "{}");
    delete("developers", 42, "demo-admin-token");
    String before = kaiten().state().toJson();

    TestHttp.Answer failed = setUp("user 999 is a member of group developers", "{}");

    assertThat(failed.status()).isEqualTo(400);
    assertThat(failed.body()).contains("unknown user 999");
    assertThat(kaiten().state().toJson()).isEqualTo(before);
    assertThat(kaiten().faults()).singleElement().extracting(Fault::operationId).isEqualTo("addUserToGroup");
  }

  @Test
  void theJavaApiFollowsTheSameRule() {
    kaiten().setUpProviderState(ProviderState.TARIFF_WITHOUT_GROUPS.sentence(), Map.of());
    kaiten().setUpProviderState(ProviderState.USER_IS_MEMBER.sentence(44, "developers"), Map.of());
    assertThat(delete("developers", 44, "demo-admin-token").status()).isEqualTo(402);

    kaiten().setUpProviderState(ProviderState.USER_IS_NOT_MEMBER.sentence(43, "developers"), Map.of());

    assertThat(kaiten().state().members("developers")).containsExactly(42L);
    assertThatThrownBy(() -> kaiten().setUpProviderState("nonsense", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(kaiten().state().members("developers")).containsExactly(42L);
  }

  private static TestHttp.Answer setUp(String sentence, String params) {
    return change("{\"state\":\"" + sentence + "\",\"params\":" + params + ",\"action\":\"setup\"}");
  }

  private static TestHttp.Answer change(String body) {
    return TestHttp.request("POST", kaiten().adminUrl() + "/provider-states").json(body).send();
  }

  private static TestHttp.Answer delete(String group, long user, String token) {
    return TestHttp.request("DELETE", kaiten().url("/groups/" + group + "/users/" + user)).token(token).send();
  }

  private static TestHttp.Answer list(String group, String token) {
    return TestHttp.request("GET", kaiten().url("/groups/" + group + "/users")).token(token).send();
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }
}
