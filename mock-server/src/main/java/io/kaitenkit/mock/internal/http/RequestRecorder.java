package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.RecordedRequest;
import io.kaitenkit.mock.internal.journal.HeaderRedaction;
import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.spec.Violation;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
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
    Instant receivedAt = Instant.now();
    AtomicBoolean recorded = new AtomicBoolean();
    Runnable recordOnce = () -> {
      if (recorded.compareAndSet(false, true)) {
        journal.append(record(ctx, receivedAt, start, false));
      }
    };
    // Recorded as the response head is written, before the client can see the answer: a test that got
    // its response always finds the request in the journal. Requests that never get an answer (a
    // reset, a client that hung up) are recorded when their connection ends, with status 0.
    ctx.addHeadersEndHandler(v -> {
      if (recorded.compareAndSet(false, true)) {
        journal.append(record(ctx, receivedAt, start, true));
      }
    });
    ctx.addEndHandler(ended -> recordOnce.run());
    Exchanges.recorder(ctx, recordOnce);
    ctx.next();
  }

  private RecordedRequest record(RoutingContext ctx, Instant receivedAt, long start, boolean answering) {
    HttpServerRequest request = ctx.request();
    Long sequence = Exchanges.sequence(ctx);
    String body = ctx.body() != null && ctx.body().available() && ctx.body().length() > 0
        ? ctx.body().asString()
        : null;
    List<String> violations = Exchanges.violations(ctx).stream().map(Violation::toString).toList();
    return new RecordedRequest(
        sequence != null ? sequence : journal.nextSequence(),
        receivedAt,
        request.method().name(),
        request.path(),
        request.query(),
        HeaderRedaction.redact(request.headers()),
        body,
        answering || ctx.response().headWritten() ? ctx.response().getStatusCode() : 0,
        Exchanges.operation(ctx),
        (System.nanoTime() - start) / 1000,
        violations);
  }
}
