package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.Violation;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * What the journal records of one request, beyond the request itself: begun by the
 * {@link RequestRecorder} (and kept in the routing context under one key when the router answers) and
 * filled in by the {@link CallHandler} only. Every handler of a request runs on its event loop, so no
 * field needs a lock.
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
  static Exchange begin() {
    return new Exchange(System.currentTimeMillis(), System.nanoTime());
  }

  /** Starts the exchange of a request the router answers, kept in its routing context. */
  static Exchange begin(RoutingContext ctx) {
    Exchange exchange = begin();
    ctx.put(KEY, exchange);
    return exchange;
  }

  static Exchange of(RoutingContext ctx) {
    return ctx.get(KEY);
  }

  /** Records the request now, for answers that never write a response head (a dropped connection). */
  void recordNow() {
    if (recordNow != null) {
      recordNow.run();
    }
  }
}
