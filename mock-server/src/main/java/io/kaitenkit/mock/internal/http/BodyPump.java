package io.kaitenkit.mock.internal.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a body made while it is sent: the next chunk is made only when the connection has room for it,
 * so a slow client holds one chunk rather than the body, and the event loop answers other requests
 * between two chunks. The response's status and headers (a length, or chunked) are set before.
 */
public final class BodyPump {
  /** About the size of one chunk: large enough to keep the socket busy, small beside any heap. */
  public static final int CHUNK = 64 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(BodyPump.class);

  private final HttpServerResponse response;
  private final BodyParts parts;
  private final Context context;

  private BodyPump(HttpServerResponse response, BodyParts parts, Context context) {
    this.response = response;
    this.parts = parts;
    this.context = context;
  }

  /** Starts sending; called on the response's event loop. */
  public static void send(HttpServerResponse response, BodyParts parts) {
    Context context = Vertx.currentContext();
    if (context == null) {
      throw new IllegalStateException("a body is pumped from the response's event loop");
    }
    new BodyPump(response, parts, context).next();
  }

  private void next() {
    if (response.closed() || response.ended()) {
      return; // the client went away: the parts are dropped with this pump
    }
    if (response.writeQueueFull()) {
      response.drainHandler(drained -> next());
      return;
    }
    Buffer chunk = Buffer.buffer(CHUNK + CHUNK / 4);
    boolean more;
    try {
      more = parts.appendTo(chunk, CHUNK);
    } catch (RuntimeException e) {
      LOG.error("Could not make the rest of a response body; the response is cut off", e);
      response.reset(); // the client sees a broken answer, never a well-formed but wrong one
      return;
    }
    if (more) {
      response.write(chunk);
      context.runOnContext(turn -> next()); // other requests are answered between two chunks
    } else {
      response.end(chunk);
    }
  }
}
