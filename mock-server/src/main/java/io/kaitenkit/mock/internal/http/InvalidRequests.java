package io.kaitenkit.mock.internal.http;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers requests that Vert.x cannot parse, before any route sees them: 414 for a request line over
 * the limit, 431 for headers over it, what {@link RequestFraming} decided for a request it marked
 * (400 for Transfer-Encoding with Content-Length, 505 for an unknown HTTP version), 400 otherwise; with a JSON message and {@code Connection: close},
 * so that a keep-alive client does not reuse a connection the server is about to close.
 */
public final class InvalidRequests {
  private InvalidRequests() {}

  public static Handler<HttpServerRequest> handler(int maxInitialLineLength, int maxHeaderSize) {
    return request -> {
      Throwable cause = request.decoderResult().cause();
      int status;
      String message;
      if (cause instanceof TooLongHttpLineException) {
        status = 414;
        message = "Request line longer than " + maxInitialLineLength + " bytes";
      } else if (cause instanceof TooLongHttpHeaderException) {
        status = 431;
        message = "Request headers larger than " + maxHeaderSize + " bytes";
      } else if (cause instanceof RequestFraming.FramingException framing) {
        status = framing.status();
        message = framing.getMessage();
      } else {
        status = 400;
        // The decoder's own message may quote the offending header, credentials and all: say only what failed.
        message = "Malformed HTTP request: the request line or a header cannot be parsed (values are not repeated)";
      }
      request.response()
          .setStatusCode(status)
          .putHeader("Content-Type", Reply.JSON)
          .putHeader("Connection", "close")
          .end(MessageJson.of(message))
          .onComplete(done -> request.connection().close());
    };
  }
}
