package io.kaitenkit.mock.internal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.internal.RequestPaths;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Dispatcher;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.ratelimit.RateLimit;
import io.kaitenkit.mock.internal.ratelimit.RateLimits;
import io.kaitenkit.mock.internal.state.FixtureReader;
import io.kaitenkit.mock.internal.state.FixtureWriter;
import io.kaitenkit.mock.internal.state.Fixtures;
import io.kaitenkit.mock.internal.state.GuardedModel;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Step 4 of the decision order, under a clock the test holds still: the rate limit comes after token,
 * validity and {@code Prefer}, and before tariff, permission and existence.
 */
class RateLimitDecisionOrderTest {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();
  private static final String ADMIN = "demo-admin-token";

  private final AtomicLong now = new AtomicLong(1_767_225_600_000L);
  private final GuardedModel store = new GuardedModel(new FixtureReader(SPEC).read("demo", Fixtures.read("demo")));
  private final RateLimit limit = new RateLimit(2, now::get);
  private final Dispatcher emulator = RequestPaths.decisionOrder(SPEC, store, limit, now::get);

  @Test
  void theLimitIsCountedPerTokenAndAnswers429WithBothHeaders() {
    assertThat(handle(list(ADMIN)).status()).isEqualTo(200);
    assertThat(handle(list(ADMIN)).status()).isEqualTo(200);

    Reply limited = handle(list(ADMIN));

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.body()).isNull();
    assertThat(limited.headers()).containsEntry(RateLimits.REMAINING, "0")
        .containsEntry(RateLimits.RESET, Long.toString(now.get() + 1000));
    assertThat(handle(list("demo-group-admin-token")).status()).isEqualTo(200);
  }

  @Test
  void aLimitedRemovalChangesNothing() {
    limit.exhaust(ADMIN, 2);
    String before = state();

    Reply reply = handle(remove(ADMIN, "developers", "42"));

    assertThat(reply.status()).isEqualTo(429);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void theNextWindowLetsTheTokenThroughAgain() {
    limit.exhaust(ADMIN, 2);
    assertThat(handle(list(ADMIN)).status()).isEqualTo(429);

    now.addAndGet(1000);

    assertThat(handle(list(ADMIN)).status()).isEqualTo(200);
  }

  @Test
  void anInvalidTokenIs401EvenWhenItsWindowIsExhausted() {
    limit.exhaust("no-such-token", 2);
    limit.exhaust("", 2);

    Reply reply = handle(list("no-such-token"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.headers()).containsKeys(RateLimits.REMAINING, RateLimits.RESET);
  }

  @Test
  void aMalformedRequestIs400EvenWhenTheTokenIsExhausted() {
    limit.exhaust(ADMIN, 2);

    assertThat(handle(remove(ADMIN, "developers", "abc")).status()).isEqualTo(400);
  }

  @Test
  void preferIsAnsweredEvenWhenTheTokenIsExhausted() {
    limit.exhaust(ADMIN, 2);

    Reply reply = handle(Calls.to(SPEC, "listGroupUsers").path("group_uid", "developers").token(ADMIN)
        .header("Prefer", "code=403").build());

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void malformedAndPreferRequestsDoNotUseUpTheLimit() {
    handle(remove(ADMIN, "developers", "abc"));
    handle(Calls.to(SPEC, "listGroupUsers").path("group_uid", "developers").token(ADMIN)
        .header("Prefer", "code=200").build());
    handle(list("no-such-token"));

    assertThat(handle(list(ADMIN)).headers()).containsEntry(RateLimits.REMAINING, "1");
  }

  @Test
  void theLimitComesBeforeTariffPermissionAndExistence() {
    limit.exhaust("demo-no-groups-tariff-token", 2);
    limit.exhaust("demo-no-permission-token", 2);
    limit.exhaust(ADMIN, 2);

    assertThat(handle(remove("demo-no-groups-tariff-token", "engineering", "101")).status()).isEqualTo(429);
    assertThat(handle(remove("demo-no-permission-token", "developers", "42")).status()).isEqualTo(429);
    assertThat(handle(remove(ADMIN, "no-such-group", "42")).status()).isEqualTo(429);
  }

  @Test
  void everyReplyCarriesBothHeaders() {
    Reply[] replies = {
        handle(list(ADMIN)),
        handle(list("no-such-token")),
        handle(remove(ADMIN, "developers", "abc")),
        handle(remove("demo-no-permission-token", "developers", "42")),
        handle(remove(ADMIN, "developers", "2"))};

    for (Reply reply : replies) {
      assertThat(reply.headers()).as("headers of %s", reply.status())
          .containsKeys(RateLimits.REMAINING, RateLimits.RESET);
    }
  }

  private Reply handle(ApiCall call) {
    return emulator.dispatch(call).result();
  }

  private static ApiCall list(String token) {
    return Calls.to(SPEC, "listGroupUsers").path("group_uid", "developers").token(token).build();
  }

  private static ApiCall remove(String token, String group, String userId) {
    return Calls.to(SPEC, "removeUserFromGroup").path("group_uid", group).path("user_id", userId).token(token).build();
  }

  private String state() {
    return store.apply(FixtureWriter::text);
  }
}
