package io.kaitenkit.mock.internal.http;

import io.vertx.core.Future;
import java.util.function.UnaryOperator;

/**
 * Answers API calls: the one seam between the HTTP layer and whatever decides the answer (the
 * emulator from its state, the validation proxy from a real Kaiten). In the spirit of MockWebServer's
 * {@code Dispatcher}; what stands in front of one ({@code Prefer}, faults, the rate limit) or behind it
 * (strict mode) is a dispatcher wrapping another. Called on the event loop; the future may complete
 * later (a delay, an upstream).
 */
@FunctionalInterface
public interface Dispatcher {
  Future<Reply> dispatch(ApiCall call);

  /** A reply that is ready now. */
  static Future<Reply> now(Reply reply) {
    return Future.succeededFuture(reply);
  }

  /** Changes the reply when it comes: at once when it is ready, without the allocations of {@link Future#map}. */
  static Future<Reply> then(Future<Reply> answer, UnaryOperator<Reply> change) {
    if (answer.succeeded()) {
      Reply reply = answer.result();
      Reply changed = change.apply(reply);
      return changed == reply ? answer : now(changed);
    }
    return answer.map(change);
  }
}
