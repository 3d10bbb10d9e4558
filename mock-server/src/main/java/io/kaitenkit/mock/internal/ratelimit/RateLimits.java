package io.kaitenkit.mock.internal.ratelimit;

/** Names of Kaiten's rate-limit headers. */
public final class RateLimits {
  public static final String REMAINING = "X-RateLimit-Remaining";
  public static final String RESET = "X-RateLimit-Reset";

  private RateLimits() {}
}
