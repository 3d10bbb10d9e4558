package io.kaitenkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.client.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryDecisionTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final RetryPolicy POLICY = RetryPolicy.builder()
      .maxAttempts(4)
      .maxWait(Duration.ofSeconds(2))
      .backoff(Duration.ofMillis(300))
      .build();
  private static final boolean READ = false;
  private static final boolean WRITE = true;

  @Test
  void aReadWaitsUntilTheRateLimitWindowEnds() {
    assertThat(RetryDecision.afterRateLimit(POLICY, READ, 1, NOW.plusMillis(1500), NOW))
        .isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void aWindowThatHasEndedMeansRetryingAtOnce() {
    assertThat(RetryDecision.afterRateLimit(POLICY, READ, 1, NOW.minusSeconds(5), NOW)).isZero();
  }

  @Test
  void aWindowEndingAfterMaxWaitIsNotWaitedFor() {
    assertThat(RetryDecision.afterRateLimit(POLICY, READ, 1, NOW.plusMillis(2001), NOW)).isNull();
    assertThat(RetryDecision.afterRateLimit(POLICY, READ, 1, NOW.plusMillis(2000), NOW))
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void anUnknownWindowEndFallsBackToTheBackoff() {
    assertThat(RetryDecision.afterRateLimit(POLICY, READ, 2, null, NOW)).isEqualTo(Duration.ofMillis(600));
  }

  @Test
  void attemptsAreBounded() {
    assertThat(RetryDecision.afterRateLimit(POLICY, READ, 3, NOW, NOW)).isZero();
    assertThat(RetryDecision.afterRateLimit(POLICY, READ, 4, NOW, NOW)).isNull();
    assertThat(RetryDecision.afterConnectionFailure(POLICY, READ, 4)).isNull();
  }

  @Test
  void writesRetryOnRateLimitOnlyWhenThePolicySaysSo() {
    RetryPolicy optIn = RetryPolicy.builder().retryWritesOnRateLimit(true).build();

    assertThat(RetryDecision.afterRateLimit(POLICY, WRITE, 1, NOW.plusMillis(10), NOW)).isNull();
    assertThat(RetryDecision.afterRateLimit(optIn, WRITE, 1, NOW.plusMillis(10), NOW))
        .isEqualTo(Duration.ofMillis(10));
  }

  @Test
  void writesNeverRetryAfterAConnectionFailure() {
    RetryPolicy optIn = RetryPolicy.builder().retryWritesOnRateLimit(true).maxAttempts(10).build();

    assertThat(RetryDecision.afterConnectionFailure(POLICY, WRITE, 1)).isNull();
    assertThat(RetryDecision.afterConnectionFailure(optIn, WRITE, 1)).isNull();
  }

  @Test
  void readsBackOffExponentiallyUpToMaxWait() {
    assertThat(RetryDecision.afterConnectionFailure(POLICY, READ, 1)).isEqualTo(Duration.ofMillis(300));
    assertThat(RetryDecision.afterConnectionFailure(POLICY, READ, 2)).isEqualTo(Duration.ofMillis(600));
    assertThat(RetryDecision.afterConnectionFailure(POLICY, READ, 3)).isEqualTo(Duration.ofMillis(1200));
    RetryPolicy many = RetryPolicy.builder().maxAttempts(100).maxWait(Duration.ofSeconds(2)).build();
    assertThat(RetryDecision.afterConnectionFailure(many, READ, 99)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void noneNeverRetries() {
    assertThat(RetryDecision.afterRateLimit(RetryPolicy.none(), READ, 1, NOW, NOW)).isNull();
    assertThat(RetryDecision.afterConnectionFailure(RetryPolicy.none(), READ, 1)).isNull();
  }
}
