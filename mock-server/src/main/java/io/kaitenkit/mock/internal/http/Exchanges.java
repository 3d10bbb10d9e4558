package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.Violation;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** What the handlers of one request leave for the journal in the routing context. */
final class Exchanges {
  private static final String OPERATION = "kaiten.operation";
  private static final String VIOLATIONS = "kaiten.violations";
  private static final String SEQUENCE = "kaiten.sequence";
  private static final String RECORDER = "kaiten.recorder";

  private Exchanges() {}

  static void operation(RoutingContext ctx, String operationId) {
    ctx.put(OPERATION, operationId);
  }

  static String operation(RoutingContext ctx) {
    return ctx.get(OPERATION);
  }

  static void violations(RoutingContext ctx, List<Violation> violations) {
    ctx.put(VIOLATIONS, violations);
  }

  static List<Violation> violations(RoutingContext ctx) {
    List<Violation> violations = ctx.get(VIOLATIONS);
    return violations == null ? List.of() : violations;
  }

  static void sequence(RoutingContext ctx, long sequence) {
    ctx.put(SEQUENCE, sequence);
  }

  static Long sequence(RoutingContext ctx) {
    return ctx.get(SEQUENCE);
  }

  static void recorder(RoutingContext ctx, Runnable recordOnce) {
    ctx.put(RECORDER, recordOnce);
  }

  /** Records the request now, for answers that never write a response head (a dropped connection). */
  static void recordNow(RoutingContext ctx) {
    Runnable recordOnce = ctx.get(RECORDER);
    if (recordOnce != null) {
      recordOnce.run();
    }
  }
}
