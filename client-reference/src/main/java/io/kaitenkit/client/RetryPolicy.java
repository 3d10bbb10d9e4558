package io.kaitenkit.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Objects;

/**
 * When the client sends a request again: how many attempts, how long it may wait between them.
 *
 * <p>A GET (the lists, {@code getGroup}, {@code getCurrentUser}) is retried after a 429, waiting until
 * {@code X-RateLimit-Reset}, and after a connection failure (refused, reset, timed out), waiting
 * {@link #backoff()} and then twice as long each time. A 429 whose window ends later than {@link #maxWait()} is handed back at once, since any earlier
 * retry would be refused too.
 *
 * <p>Writes (POST, PATCH, DELETE) are never retried after a connection failure: the server may have done
 * the work before the connection broke, and a second DELETE then answers 404, which turns a success into a failure. They can opt in to retries after a 429 only
 * ({@link Builder#retryWritesOnRateLimit(boolean)}), because a 429 means the request was not processed.
 */
public final class RetryPolicy {
  private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, false);
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration maxWait;
  private final Duration backoff;
  private final boolean retryWritesOnRateLimit;

  private RetryPolicy(int maxAttempts, Duration maxWait, Duration backoff, boolean retryWritesOnRateLimit) {
    this.maxAttempts = maxAttempts;
    this.maxWait = maxWait;
    this.backoff = backoff;
    this.retryWritesOnRateLimit = retryWritesOnRateLimit;
  }

  /** Every request is sent once. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** The client's default: GET up to 3 attempts, waiting at most 2 s each time; writes once. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many times one call may send its request, the first time included; 1 means no retries. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The longest the client waits before one retry. */
  public Duration maxWait() {
    return maxWait;
  }

  /** The wait before the first retry after a connection failure; it doubles with every further one. */
  public Duration backoff() {
    return backoff;
  }

  /** Whether POST, PATCH and DELETE are retried after a 429 (never after a connection failure). */
  public boolean retryWritesOnRateLimit() {
    return retryWritesOnRateLimit;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RetryPolicy that
        && maxAttempts == that.maxAttempts
        && maxWait.equals(that.maxWait)
        && backoff.equals(that.backoff)
        && retryWritesOnRateLimit == that.retryWritesOnRateLimit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, maxWait, backoff, retryWritesOnRateLimit);
  }

  @Override
  public String toString() {
    if (maxAttempts == 1) {
      return "RetryPolicy{none}";
    }
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", maxWait=" + maxWait + ", backoff=" + backoff
        + ", retryWritesOnRateLimit=" + retryWritesOnRateLimit + "}";
  }

  /** Builds a {@link RetryPolicy}; starts from 3 attempts, 2 s max wait, 200 ms backoff, writes not retried. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration maxWait = Duration.ofSeconds(2);
    private Duration backoff = Duration.ofMillis(200);
    private boolean retryWritesOnRateLimit;

    private Builder() {}

    /** How many times one call may send its request, the first time included; at least 1. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The longest the client waits before one retry; a 429 whose window ends later is handed back. */
    public Builder maxWait(Duration maxWait) {
      requireNonNull(maxWait, "maxWait == null");
      if (maxWait.isNegative()) {
        throw new IllegalArgumentException("maxWait < 0: " + maxWait);
      }
      this.maxWait = maxWait;
      return this;
    }

    /** The wait before the first retry after a connection failure; doubles each time, up to maxWait. */
    public Builder backoff(Duration backoff) {
      requireNonNull(backoff, "backoff == null");
      if (backoff.isNegative()) {
        throw new IllegalArgumentException("backoff < 0: " + backoff);
      }
      this.backoff = backoff;
      return this;
    }

    /** Whether POST, PATCH and DELETE may be sent again after a 429, which Kaiten sends without doing the work. */
    public Builder retryWritesOnRateLimit(boolean retryWritesOnRateLimit) {
      this.retryWritesOnRateLimit = retryWritesOnRateLimit;
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      return new RetryPolicy(maxAttempts, maxWait, backoff, retryWritesOnRateLimit);
    }
  }
}
