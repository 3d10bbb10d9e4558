package io.kaitenkit.client.internal;

import io.kaitenkit.client.RetryPolicy;
import java.time.Duration;
import java.time.Instant;

/** Whether, and after how long, a call sends its request again; null means "hand the outcome back". */
final class RetryDecision {
  private RetryDecision() {}

  /**
   * After a 429: wait until the window ends, if that is within {@link RetryPolicy#maxWait()}. Without a
   * readable reset the connection-failure backoff applies. Writes retry only if the policy opts in.
   */
  static Duration afterRateLimit(RetryPolicy policy, boolean write, int attempt, Instant reset, Instant now) {
    if (attempt >= policy.maxAttempts() || (write && !policy.retryWritesOnRateLimit())) {
      return null;
    }
    if (reset == null) {
      return backoff(policy, attempt);
    }
    Duration untilReset = Duration.between(now, reset);
    if (untilReset.isNegative()) {
      return Duration.ZERO;
    }
    return untilReset.compareTo(policy.maxWait()) <= 0 ? untilReset : null;
  }

  /** After a connection failure: reads only, since a write may have had its effect before the failure. */
  static Duration afterConnectionFailure(RetryPolicy policy, boolean write, int attempt) {
    if (write || attempt >= policy.maxAttempts()) {
      return null;
    }
    return backoff(policy, attempt);
  }

  /** {@code backoff * 2^(attempt - 1)}, capped by maxWait. */
  private static Duration backoff(RetryPolicy policy, int attempt) {
    Duration wait = policy.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    return wait.compareTo(policy.maxWait()) <= 0 ? wait : policy.maxWait();
  }
}
