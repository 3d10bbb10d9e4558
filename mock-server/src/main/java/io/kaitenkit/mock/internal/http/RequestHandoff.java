package io.kaitenkit.mock.internal.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;

/**
 * The request handler of a server that starts listening before its router exists, so that binding the
 * port overlaps reading the contract. Until {@link #handTo} is called, a request (which can only come from
 * a client guessing the port, as the start has not returned its address yet) gets a 503 and
 * {@code Connection: close}.
 */
public final class RequestHandoff implements Handler<HttpServerRequest> {
  private volatile Handler<HttpServerRequest> target = RequestHandoff::notReady;

  /** From now on every request goes to {@code handler}. */
  public void handTo(Handler<HttpServerRequest> handler) {
    target = handler;
  }

  @Override
  public void handle(HttpServerRequest request) {
    target.handle(request);
  }

  private static void notReady(HttpServerRequest request) {
    request.response()
        .setStatusCode(503)
        .putHeader("Content-Type", Reply.JSON)
        .putHeader("Connection", "close")
        .putHeader("Retry-After", "1")
        .end(MessageJson.of("The Kaiten mock is starting; try again in a moment"));
  }
}
