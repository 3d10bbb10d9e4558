package io.kaitenkit.mock.internal.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.internal.journal.Journal;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The journal as server-sent events ({@code text/event-stream}): the most recent requests first, then
 * each new one as it is recorded ({@code event: request}), {@code event: cleared} when the journal is
 * emptied. It is read through the journal's public view a few times a second, and only while a page
 * listens, so the request path pays nothing for it. The page reads it with {@code fetch}, which can
 * send the admin token in a header (an {@code EventSource} could only put it in the URL).
 */
final class JournalStream implements Handler<RoutingContext> {
  static final int HISTORY = 500;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long POLL_MILLIS = 150;

  private final Vertx vertx;
  private final Journal journal;
  private final long heartbeatMillis;

  JournalStream(Vertx vertx, Journal journal, Duration idleTimeout) {
    this.vertx = vertx;
    this.journal = journal;
    // A comment line now and then keeps the idle timeout from closing a quiet stream.
    this.heartbeatMillis = Math.max(POLL_MILLIS, Math.min(15_000, idleTimeout.toMillis() / 3));
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerResponse response = ctx.response()
        .setChunked(true)
        .putHeader("Content-Type", "text/event-stream; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .putHeader("X-Content-Type-Options", "nosniff");
    Listener listener = new Listener(response);
    response.write(": kaiten mock journal\n\n");
    listener.poll();
    long timer = vertx.setPeriodic(POLL_MILLIS, id -> listener.poll());
    response.closeHandler(v -> vertx.cancelTimer(timer));
    response.endHandler(v -> vertx.cancelTimer(timer));
    // Shutdown waits for requests in flight: an open stream must end for it not to wait in vain.
    ctx.request().connection().shutdownHandler(v -> {
      vertx.cancelTimer(timer);
      if (!response.ended()) {
        response.end();
      }
    });
  }

  /** One page's view: which requests it has been sent. */
  private final class Listener {
    private final HttpServerResponse response;
    private Set<Long> sent = new HashSet<>();
    private long lastCount = -1;
    private long lastWriteMillis = System.currentTimeMillis();
    private boolean polling;

    Listener(HttpServerResponse response) {
      this.response = response;
    }

    void poll() {
      long count = journal.count();
      if (polling || response.ended() || response.closed()) {
        return;
      }
      if (count == lastCount) {
        heartbeat();
        return;
      }
      polling = true;
      boolean cleared = count < lastCount;
      lastCount = count;
      vertx.executeBlocking(journal::entries, false).onComplete(read -> {
        polling = false;
        if (read.succeeded() && !response.ended() && !response.closed()) {
          send(read.result(), cleared);
        }
      });
    }

    private void send(List<RecordedExchange> entries, boolean cleared) {
      StringBuilder events = new StringBuilder();
      if (cleared) {
        events.append("event: cleared\ndata: {}\n\n");
        sent = new HashSet<>();
      }
      Set<Long> now = new HashSet<>(entries.size() * 2);
      int first = sent.isEmpty() ? Math.max(0, entries.size() - HISTORY) : 0;
      for (int i = 0; i < entries.size(); i++) {
        RecordedExchange entry = entries.get(i);
        now.add(entry.sequence());
        if (i >= first && !sent.contains(entry.sequence())) {
          events.append("event: request\ndata: ").append(json(entry)).append("\n\n");
        }
      }
      sent = now;
      if (!events.isEmpty()) {
        write(events.toString());
      }
    }

    private void heartbeat() {
      if (System.currentTimeMillis() - lastWriteMillis >= heartbeatMillis) {
        write(": keep-alive\n\n");
      }
    }

    private void write(String text) {
      lastWriteMillis = System.currentTimeMillis();
      response.write(text);
    }
  }

  /** One journal entry on one line (JSON escapes every line break). */
  static String json(RecordedExchange request) {
    ObjectNode node = MAPPER.createObjectNode()
        .put("sequence", request.sequence())
        .put("receivedAt", request.receivedAt().toString())
        .put("method", request.method())
        .put("path", request.path())
        .put("query", request.query())
        .put("status", request.status())
        .put("operationId", request.operationId())
        .put("durationMicros", request.durationMicros())
        .put("body", request.body());
    ObjectNode headers = node.putObject("headers");
    request.headers().forEach((name, values) -> {
      ArrayNode array = headers.putArray(name);
      values.forEach(array::add);
    });
    ArrayNode violations = node.putArray("violations");
    request.violations().forEach(violation -> violations.addObject()
        .put("location", violation.location()).put("message", violation.message()));
    return node.toString();
  }
}
