package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.spec.Violation;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Records every request but the admin API's in the journal once its response has ended (or failed). */
final class RequestRecorder implements Handler<RoutingContext> {
  private final Journal journal;

  RequestRecorder(Journal journal) {
    this.journal = journal;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (AdminPaths.isAdmin(ctx.request().path())) {
      ctx.next();
      return;
    }
    long start = System.nanoTime();
    long receivedAt = System.currentTimeMillis();
    AtomicBoolean recorded = new AtomicBoolean();
    Runnable recordOnce = () -> {
      if (recorded.compareAndSet(false, true)) {
        record(ctx, receivedAt, start, false);
      }
    };
    // Recorded as the response head is written, before the client can see the answer: a test that got
    // its response always finds the request in the journal. Requests that never get an answer (a
    // reset, a client that hung up) are recorded when their connection ends, with status 0.
    ctx.addHeadersEndHandler(v -> {
      if (recorded.compareAndSet(false, true)) {
        record(ctx, receivedAt, start, true);
      }
    });
    ctx.addEndHandler(ended -> recordOnce.run());
    Exchanges.recorder(ctx, recordOnce);
    ctx.next();
  }

  private void record(RoutingContext ctx, long receivedAt, long start, boolean answering) {
    HttpServerRequest request = ctx.request();
    Long sequence = Exchanges.sequence(ctx);
    Buffer body = ctx.body() != null && ctx.body().available() ? ctx.body().buffer() : null;
    List<Violation> found = Exchanges.violations(ctx);
    List<String> violations = found.isEmpty() ? List.of() : found.stream().map(Violation::toString).toList();
    journal.append(
        sequence != null ? sequence : journal.nextSequence(),
        receivedAt,
        request.method().name(),
        request.path(),
        request.query(),
        request.headers(),
        body,
        answering || ctx.response().headWritten() ? ctx.response().getStatusCode() : 0,
        Exchanges.operation(ctx),
        (System.nanoTime() - start) / 1000,
        violations);
  }
}
