package io.kaitenkit.client.internal;

import java.net.http.HttpHeaders;
import java.time.Instant;

/** Reads Kaiten's {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} headers. */
public final class RateLimitHeaders {
  /** Below this a reset is taken as epoch seconds: as milliseconds it would lie in March 1973. */
  static final long SECONDS_THRESHOLD = 100_000_000_000L;

  private RateLimitHeaders() {}

  /** Requests left in the window; 0 when the header is absent or not an integer, as a 429 means none. */
  public static int remaining(HttpHeaders headers) {
    return headers.firstValue("X-RateLimit-Remaining").map(RateLimitHeaders::parseRemaining).orElse(0);
  }

  /** When the window ends, or null when the header is absent or not an integer. */
  public static Instant reset(HttpHeaders headers) {
    return headers.firstValue("X-RateLimit-Reset").map(RateLimitHeaders::parseReset).orElse(null);
  }

  static int parseRemaining(String value) {
    try {
      return Math.max(0, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Epoch milliseconds as documented, or epoch seconds when the value is below {@link #SECONDS_THRESHOLD}. */
  static Instant parseReset(String value) {
    try {
      long epoch = Long.parseLong(value.strip());
      if (epoch < 0) {
        return null;
      }
      return epoch < SECONDS_THRESHOLD ? Instant.ofEpochSecond(epoch) : Instant.ofEpochMilli(epoch);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
