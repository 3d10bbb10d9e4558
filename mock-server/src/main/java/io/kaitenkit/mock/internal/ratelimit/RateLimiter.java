package io.kaitenkit.mock.internal.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Kaiten's per-token limit of N requests a second, as fixed one-second windows. A window starts with
 * the token's first request after the previous window ended.
 */
public final class RateLimiter {
  private static final long WINDOW_MILLIS = 1000;

  private final int limit;
  private final LongSupplier clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  /** What the limiter decided for one request. */
  public record Decision(boolean allowed, int remaining, long resetAtMillis) {}

  public RateLimiter(int requestsPerSecond, LongSupplier clock) {
    if (requestsPerSecond < 1) {
      throw new IllegalArgumentException("rate limit must be >= 1 request per second, got " + requestsPerSecond);
    }
    this.limit = requestsPerSecond;
    this.clock = clock;
  }

  public int limit() {
    return limit;
  }

  /** Counts a request of the token and says whether it may go on. */
  public Decision acquire(String token) {
    return window(token).acquire(clock.getAsLong());
  }

  /** The token's current window without counting a request. */
  public Decision peek(String token) {
    return window(token).peek(clock.getAsLong());
  }

  /** Makes the token's next request get 429, however long it comes after; later ones count anew. */
  public Decision exhaust(String token) {
    return window(token).exhaust(clock.getAsLong());
  }

  private Window window(String token) {
    return windows.computeIfAbsent(token == null ? "" : token, t -> new Window());
  }

  private final class Window {
    private long start = Long.MIN_VALUE;
    private int used;
    private boolean refuseNext;

    synchronized Decision acquire(long now) {
      roll(now);
      if (refuseNext) {
        refuseNext = false;
        used = limit;
        return new Decision(false, 0, start + WINDOW_MILLIS);
      }
      if (used >= limit) {
        return new Decision(false, 0, start + WINDOW_MILLIS);
      }
      used++;
      return new Decision(true, limit - used, start + WINDOW_MILLIS);
    }

    synchronized Decision peek(long now) {
      roll(now);
      return refuseNext ? new Decision(false, 0, start + WINDOW_MILLIS)
          : new Decision(used < limit, limit - used, start + WINDOW_MILLIS);
    }

    synchronized Decision exhaust(long now) {
      roll(now);
      used = limit;
      refuseNext = true; // a test that set this up may take longer than a window to send its request
      return new Decision(false, 0, start + WINDOW_MILLIS);
    }

    private void roll(long now) {
      if (start == Long.MIN_VALUE || now >= start + WINDOW_MILLIS) {
        start = now;
        used = 0;
      }
    }
  }
}
