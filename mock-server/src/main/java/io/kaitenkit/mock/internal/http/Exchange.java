package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.Violation;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * What the handlers of one request leave for the journal: one object per request, kept in the routing
 * context under one key. Every handler of a request runs on its event loop, so no field needs a lock.
 */
final class Exchange {
  private static final String KEY = "kaiten.exchange";

  final long receivedAtMillis;
  final long startNanos;
  String operationId;
  long sequence;
  List<Violation> violations = List.of();
  boolean recorded;
  Runnable recordNow;

  private Exchange(long receivedAtMillis, long startNanos) {
    this.receivedAtMillis = receivedAtMillis;
    this.startNanos = startNanos;
  }

  /** Starts the exchange of a request; the recorder calls this first. */
  static Exchange begin(RoutingContext ctx) {
    Exchange exchange = new Exchange(System.currentTimeMillis(), System.nanoTime());
    ctx.put(KEY, exchange);
    return exchange;
  }

  static void operation(RoutingContext ctx, String operationId) {
    Exchange exchange = ctx.get(KEY);
    if (exchange != null) {
      exchange.operationId = operationId;
    }
  }

  static void violations(RoutingContext ctx, List<Violation> violations) {
    Exchange exchange = ctx.get(KEY);
    if (exchange != null) {
      exchange.violations = violations;
    }
  }

  static void sequence(RoutingContext ctx, long sequence) {
    Exchange exchange = ctx.get(KEY);
    if (exchange != null) {
      exchange.sequence = sequence;
    }
  }

  /** Records the request now, for answers that never write a response head (a dropped connection). */
  static void recordNow(RoutingContext ctx) {
    Exchange exchange = ctx.get(KEY);
    if (exchange != null && exchange.recordNow != null) {
      exchange.recordNow.run();
    }
  }
}
