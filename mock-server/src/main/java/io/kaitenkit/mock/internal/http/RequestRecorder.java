package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.internal.journal.Journal;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Records every request it sees in the journal once its response head is written, or once the
 * exchange ends without one. Recorded as the head is written, before the client can see the answer:
 * a test that got its response always finds the request in the journal. Requests that never get an
 * answer (a reset, a client that hung up) are recorded when their connection ends, with status 0.
 */
final class RequestRecorder implements Handler<RoutingContext> {
  private final Journal journal;

  RequestRecorder(Journal journal) {
    this.journal = journal;
  }

  /** The router's first handler after the admin API: every other request passes here. */
  @Override
  public void handle(RoutingContext ctx) {
    Exchange exchange = Exchange.begin(ctx);
    exchange.recordNow = () -> record(ctx.request(), bodyOf(ctx), exchange, false);
    ctx.addHeadersEndHandler(v -> record(ctx.request(), bodyOf(ctx), exchange, true));
    ctx.addEndHandler(ended -> exchange.recordNow());
    ctx.next();
  }

  /**
   * The same for a request without a body answered outside the router: the response's own hooks, where
   * the routing context would put its handler lists (end, failure and close all end the exchange).
   */
  Exchange watch(HttpServerRequest request) {
    Exchange exchange = Exchange.begin();
    exchange.recordNow = () -> record(request, null, exchange, false);
    HttpServerResponse response = request.response();
    response.headersEndHandler(v -> record(request, null, exchange, true));
    response.endHandler(v -> exchange.recordNow())
        .exceptionHandler(failure -> exchange.recordNow())
        .closeHandler(v -> exchange.recordNow());
    return exchange;
  }

  private static Buffer bodyOf(RoutingContext ctx) {
    return ctx.body() != null && ctx.body().available() ? ctx.body().buffer() : null;
  }

  private void record(HttpServerRequest request, Buffer body, Exchange exchange, boolean answering) {
    if (exchange.recorded) {
      return;
    }
    exchange.recorded = true;
    HttpServerResponse response = request.response();
    journal.append(
        exchange.sequence != 0 ? exchange.sequence : journal.nextSequence(),
        exchange.receivedAtMillis,
        request.method().name(),
        request.path(),
        request.query(),
        request.headers(),
        body,
        answering || response.headWritten() ? response.getStatusCode() : 0,
        exchange.operationId,
        (System.nanoTime() - exchange.startNanos) / 1000,
        exchange.violations);
  }
}
