package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.spec.Violation;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Records every request it sees in the journal once its response has ended (or failed). */
final class RequestRecorder implements Handler<RoutingContext> {
  private final Journal journal;

  RequestRecorder(Journal journal) {
    this.journal = journal;
  }

  @Override
  public void handle(RoutingContext ctx) {
    Exchange exchange = Exchange.begin(ctx);
    exchange.recordNow = () -> record(ctx, exchange, false);
    // Recorded as the response head is written, before the client can see the answer: a test that got
    // its response always finds the request in the journal. Requests that never get an answer (a
    // reset, a client that hung up) are recorded when their connection ends, with status 0.
    ctx.addHeadersEndHandler(v -> record(ctx, exchange, true));
    ctx.addEndHandler(ended -> record(ctx, exchange, false));
    ctx.next();
  }

  private void record(RoutingContext ctx, Exchange exchange, boolean answering) {
    if (exchange.recorded) {
      return;
    }
    exchange.recorded = true;
    HttpServerRequest request = ctx.request();
    Buffer body = ctx.body() != null && ctx.body().available() ? ctx.body().buffer() : null;
    List<Violation> found = exchange.violations;
    journal.append(
        exchange.sequence != 0 ? exchange.sequence : journal.nextSequence(),
        exchange.receivedAtMillis,
        request.method().name(),
        request.path(),
        request.query(),
        request.headers(),
        body,
        answering || ctx.response().headWritten() ? ctx.response().getStatusCode() : 0,
        exchange.operationId,
        (System.nanoTime() - exchange.startNanos) / 1000,
        exchange.violations);
  }
}
