package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kaiten's rate limit as an option: headers on every response while on, 429 once a token is exhausted. */
class RateLimitTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder()
      .options(MockOptions.builder().rateLimit(1000).build())
      .build();

  @Test
  void everyResponseCarriesBothHeadersWhileTheLimitIsOn() {
    TestHttp.Answer ok = list("demo-admin-token");
    TestHttp.Answer forbidden = list("demo-no-permission-token");
    TestHttp.Answer unauthorized = list("not-a-token");

    for (TestHttp.Answer answer : new TestHttp.Answer[] {ok, forbidden, unauthorized}) {
      assertThat(Long.parseLong(answer.header("X-RateLimit-Remaining"))).isBetween(0L, 1000L);
      assertThat(Long.parseLong(answer.header("X-RateLimit-Reset"))).isGreaterThan(1_700_000_000_000L);
    }
    assertThat(ok.status()).isEqualTo(200);
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(unauthorized.status()).isEqualTo(401);
  }

  @Test
  void remainingCountsDownPerToken() {
    long first = Long.parseLong(list("demo-admin-token").header("X-RateLimit-Remaining"));
    long second = Long.parseLong(list("demo-admin-token").header("X-RateLimit-Remaining"));
    long other = Long.parseLong(list("demo-group-admin-token").header("X-RateLimit-Remaining"));

    // A new one-second window may start between two calls, which resets the count.
    assertThat(second).isIn(first - 1, 999L);
    assertThat(other).isEqualTo(999L);
  }

  @Test
  void exhaustedTokenGets429WithTheHeadersAndChangesNothing() {
    kaiten().exhaustRateLimit("demo-admin-token");

    TestHttp.Answer limited = TestHttp.request("DELETE", kaiten().url("/groups/developers/users/42"))
        .token("demo-admin-token").send();
    TestHttp.Answer otherToken = list("demo-group-admin-token");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.body()).isEmpty();
    assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(limited.header("X-RateLimit-Reset")).isNotNull();
    assertThat(kaiten().state().isMember("developers", 42)).isTrue();
    assertThat(otherToken.status()).isEqualTo(200);
    assertThat(kaiten().requests()).filteredOn(exchange -> !exchange.violations().isEmpty()).isEmpty();
  }

  @Test
  void exhaustingOverHttpWorksToo() {
    TestHttp.Answer answer = TestHttp.request("POST", kaiten().adminUrl() + "/rate-limit/exhaust")
        .json("{\"token\":\"demo-admin-token\"}").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(list("demo-admin-token").status()).isEqualTo(429);
  }

  @Test
  void limitCanBeChangedAndSwitchedOffOverHttp() {
    TestHttp.Answer off = TestHttp.request("PUT", kaiten().adminUrl() + "/rate-limit")
        .json("{\"requestsPerSecond\":0}").send();

    assertThat(off.status()).isEqualTo(200);
    assertThat(kaiten().rateLimit()).isZero();
    assertThat(list("demo-admin-token").header("X-RateLimit-Remaining")).isNull();
    assertThat(TestHttp.request("PUT", kaiten().adminUrl() + "/rate-limit").json("{\"requestsPerSecond\":-1}")
        .send().status()).isEqualTo(400);
  }

  @Test
  void resetRestoresTheStartupLimit() {
    kaiten().rateLimit(0);

    kaiten().reset();

    assertThat(kaiten().rateLimit()).isEqualTo(1000);
  }

  private static TestHttp.Answer list(String token) {
    return TestHttp.request("GET", kaiten().url("/groups/developers/users")).token(token).send();
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }
}
