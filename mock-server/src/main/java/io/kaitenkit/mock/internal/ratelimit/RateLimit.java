package io.kaitenkit.mock.internal.ratelimit;

import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Dispatcher;
import io.kaitenkit.mock.internal.http.Reply;
import io.vertx.core.Future;
import java.util.function.LongSupplier;

/**
 * Kaiten's rate limit in the request path, switchable at run time. Two wrappers: {@link #counting}
 * stands at step 4 of the decision order (after token, validity and {@code Prefer}) and answers 429 to
 * a token over its limit; {@link #labelling} stands in front of the whole order, so that every reply
 * carries the two headers while the limit is on, a 401 included.
 */
public final class RateLimit {
  private final LongSupplier clock;
  private volatile RateLimiter limiter;

  public RateLimit(int requestsPerSecond, LongSupplier clock) {
    this.clock = clock;
    set(requestsPerSecond);
  }

  /** Requests a second per token, 0 when the limit is off. */
  public int requestsPerSecond() {
    RateLimiter current = limiter;
    return current == null ? 0 : current.limit();
  }

  /** Sets the limit with fresh windows; 0 turns it off. */
  public void set(int requestsPerSecond) {
    if (requestsPerSecond < 0) {
      throw new IllegalArgumentException("requestsPerSecond must be >= 0, got " + requestsPerSecond);
    }
    limiter = requestsPerSecond == 0 ? null : new RateLimiter(requestsPerSecond, clock);
  }

  /** The limiter in force with its windows, to put back with {@link #restore}; null when the limit is off. */
  public RateLimiter current() {
    return limiter;
  }

  /** Puts back a limiter that {@link #current()} answered, windows and all. */
  public void restore(RateLimiter kept) {
    limiter = kept;
  }

  /** Makes the token's next request get 429, turning the limit on at {@code whenOff} a second if it is off. */
  public void exhaust(String token, int whenOff) {
    RateLimiter current = limiter;
    if (current == null) {
      current = new RateLimiter(whenOff, clock);
      limiter = current;
    }
    current.exhaust(token);
  }

  /** Counts the call against its token's window; 429 without a body when the window is used up. */
  public Dispatcher counting(Dispatcher next) {
    return call -> {
      RateLimiter current = limiter;
      if (current == null) {
        return next.dispatch(call);
      }
      RateLimiter.Decision decision = current.acquire(call.token());
      if (!decision.allowed()) {
        return Dispatcher.now(withHeaders(Reply.empty(429), decision));
      }
      return Dispatcher.then(next.dispatch(call), reply -> withHeaders(reply, decision));
    };
  }

  /** Adds the token's current window to every reply that does not carry it yet. */
  public Dispatcher labelling(Dispatcher next) {
    return call -> {
      if (limiter == null) {
        return next.dispatch(call);
      }
      return Dispatcher.then(next.dispatch(call), reply -> label(reply, call));
    };
  }

  private Reply label(Reply reply, ApiCall call) {
    RateLimiter current = limiter;
    if (current == null || reply.headers().containsKey(RateLimits.REMAINING)) {
      return reply;
    }
    return withHeaders(reply, current.peek(call.token()));
  }

  private static Reply withHeaders(Reply reply, RateLimiter.Decision decision) {
    return reply.withHeader(RateLimits.REMAINING, Integer.toString(decision.remaining()))
        .withHeader(RateLimits.RESET, Long.toString(decision.resetAtMillis()));
  }
}
