package io.kaitenkit.mock.internal.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The limiter's windows under a clock the test moves. */
class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final RateLimiter limiter = new RateLimiter(2, now::get);

  @Test
  void allowsTheLimitThenRefusesUntilTheWindowEnds() {
    assertThat(limiter.acquire("t")).isEqualTo(new RateLimiter.Decision(true, 1, 1_001_000));
    assertThat(limiter.acquire("t")).isEqualTo(new RateLimiter.Decision(true, 0, 1_001_000));
    assertThat(limiter.acquire("t")).isEqualTo(new RateLimiter.Decision(false, 0, 1_001_000));

    now.set(1_001_000);

    assertThat(limiter.acquire("t")).isEqualTo(new RateLimiter.Decision(true, 1, 1_002_000));
  }

  @Test
  void tokensHaveTheirOwnWindows() {
    limiter.exhaust("a");

    assertThat(limiter.acquire("a").allowed()).isFalse();
    assertThat(limiter.acquire("b").allowed()).isTrue();
  }

  @Test
  void anExhaustedTokensNextRequestIsRefusedEvenAfterTheWindowEnds() {
    limiter.exhaust("t");
    now.addAndGet(5_000);

    assertThat(limiter.acquire("t").allowed()).isFalse();
    now.addAndGet(1_000);
    assertThat(limiter.acquire("t").allowed()).isTrue();
  }

  @Test
  void peekDoesNotCount() {
    limiter.peek("t");
    limiter.peek("t");

    assertThat(limiter.acquire("t").remaining()).isEqualTo(1);
  }

  @Test
  void limitBelowOneIsRefused() {
    assertThatThrownBy(() -> new RateLimiter(0, now::get))
        .hasMessage("rate limit must be >= 1 request per second, got 0");
  }
}
