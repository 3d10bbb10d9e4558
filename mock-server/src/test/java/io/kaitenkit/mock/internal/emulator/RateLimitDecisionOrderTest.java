package io.kaitenkit.mock.internal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.internal.state.FixtureReader;
import io.kaitenkit.mock.internal.state.FixtureWriter;
import io.kaitenkit.mock.internal.state.Fixtures;
import io.kaitenkit.mock.internal.state.StateStore;
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
  private final StateStore store = new StateStore(new FixtureReader(SPEC).read("demo", Fixtures.read("demo")));
  private final RateLimiter limiter = new RateLimiter(2, now::get);
  private final GroupUsersEmulator emulator = new GroupUsersEmulator(SPEC, store, limiter, now::get);

  @Test
  void theLimitIsCountedPerTokenAndAnswers429WithBothHeaders() {
    assertThat(emulator.handle(list(ADMIN)).status()).isEqualTo(200);
    assertThat(emulator.handle(list(ADMIN)).status()).isEqualTo(200);

    Reply limited = emulator.handle(list(ADMIN));

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.body()).isNull();
    assertThat(limited.headers()).containsEntry(RateLimits.REMAINING, "0")
        .containsEntry(RateLimits.RESET, Long.toString(now.get() + 1000));
    assertThat(emulator.handle(list("demo-group-admin-token")).status()).isEqualTo(200);
  }

  @Test
  void aLimitedRemovalChangesNothing() {
    limiter.exhaust(ADMIN);
    String before = state();

    Reply reply = emulator.handle(remove(ADMIN, "developers", "42"));

    assertThat(reply.status()).isEqualTo(429);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void theNextWindowLetsTheTokenThroughAgain() {
    limiter.exhaust(ADMIN);
    assertThat(emulator.handle(list(ADMIN)).status()).isEqualTo(429);

    now.addAndGet(1000);

    assertThat(emulator.handle(list(ADMIN)).status()).isEqualTo(200);
  }

  @Test
  void anInvalidTokenIs401EvenWhenItsWindowIsExhausted() {
    limiter.exhaust("no-such-token");
    limiter.exhaust("");

    Reply reply = emulator.handle(list("no-such-token"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.headers()).containsKeys(RateLimits.REMAINING, RateLimits.RESET);
  }

  @Test
  void aMalformedRequestIs400EvenWhenTheTokenIsExhausted() {
    limiter.exhaust(ADMIN);

    assertThat(emulator.handle(remove(ADMIN, "developers", "abc")).status()).isEqualTo(400);
  }

  @Test
  void preferIsAnsweredEvenWhenTheTokenIsExhausted() {
    limiter.exhaust(ADMIN);

    Reply reply = emulator.handle(Calls.to(SPEC, "listGroupUsers").path("group_uid", "developers").token(ADMIN)
        .header("Prefer", "code=403").build());

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void malformedAndPreferRequestsDoNotUseUpTheLimit() {
    emulator.handle(remove(ADMIN, "developers", "abc"));
    emulator.handle(Calls.to(SPEC, "listGroupUsers").path("group_uid", "developers").token(ADMIN)
        .header("Prefer", "code=200").build());
    emulator.handle(list("no-such-token"));

    assertThat(emulator.handle(list(ADMIN)).headers()).containsEntry(RateLimits.REMAINING, "1");
  }

  @Test
  void theLimitComesBeforeTariffPermissionAndExistence() {
    limiter.exhaust("demo-no-groups-tariff-token");
    limiter.exhaust("demo-no-permission-token");
    limiter.exhaust(ADMIN);

    assertThat(emulator.handle(remove("demo-no-groups-tariff-token", "engineering", "101")).status()).isEqualTo(429);
    assertThat(emulator.handle(remove("demo-no-permission-token", "developers", "42")).status()).isEqualTo(429);
    assertThat(emulator.handle(remove(ADMIN, "no-such-group", "42")).status()).isEqualTo(429);
  }

  @Test
  void everyReplyCarriesBothHeaders() {
    Reply[] replies = {
        emulator.handle(list(ADMIN)),
        emulator.handle(list("no-such-token")),
        emulator.handle(remove(ADMIN, "developers", "abc")),
        emulator.handle(remove("demo-no-permission-token", "developers", "42")),
        emulator.handle(remove(ADMIN, "developers", "2"))};

    for (Reply reply : replies) {
      assertThat(reply.headers()).as("headers of %s", reply.status())
          .containsKeys(RateLimits.REMAINING, RateLimits.RESET);
    }
  }

  private static ApiCall list(String token) {
    return Calls.to(SPEC, "listGroupUsers").path("group_uid", "developers").token(token).build();
  }

  private static ApiCall remove(String token, String group, String userId) {
    return Calls.to(SPEC, "removeUserFromGroup").path("group_uid", group).path("user_id", userId).token(token).build();
  }

  private String state() {
    return store.apply(FixtureWriter::write).toString();
  }
}
