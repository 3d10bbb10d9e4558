package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON answers for what the router itself rejects, instead of Vert.x's HTML and empty bodies: requests
 * it cannot read (400, e.g. a broken percent-encoding), unknown paths (404), methods the contract does
 * not document on a path (405), bodies over the limit (413) and failures (500).
 */
final class HttpErrors {
  private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);

  private HttpErrors() {}

  static void install(Router router, KaitenApiSpec spec, long bodyLimit) {
    router.errorHandler(404, ctx -> send(ctx, 404, noRoute(ctx, spec)));
    router.errorHandler(405, ctx -> {
      String allowed = NoRoute.allowedMethods(spec, ctx.request().path());
      if (allowed.isEmpty()) {
        // Vert.x matched a route with a trailing slash the contract does not have: no such path.
        send(ctx, 404, noRoute(ctx, spec));
        return;
      }
      ctx.response().putHeader("Allow", allowed);
      send(ctx, 405, "Method " + ctx.request().method() + " is not allowed on " + ctx.request().path()
          + "; allowed: " + allowed);
    });
    router.errorHandler(400, ctx -> send(ctx, 400, "Bad request: " + unreadable(ctx)));
    // Vert.x's body reader fails a body it cannot decode (a broken chunk size) with "status" 200.
    router.errorHandler(200, ctx -> send(ctx, 400, "Bad request: the body cannot be read: " + unreadable(ctx)));
    router.errorHandler(417, ctx -> send(ctx, 417,
        "Expectation not supported: " + ctx.request().getHeader("Expect") + "; only 100-continue is"));
    router.errorHandler(413, ctx -> send(ctx, 413,
        "Request body exceeds the limit of " + bodyLimit + " bytes"));
    router.errorHandler(500, ctx -> internalError(ctx.request(), ctx.failure()));
  }

  /** The answer to a failure of the mock itself, logged with its cause. */
  static void internalError(HttpServerRequest request, Throwable failure) {
    LOG.error("Failed to answer {} {}", request.method(), request.path(), failure);
    send(request.response(), 500, "Internal error of the mock: "
        + (failure == null ? "unknown" : failure.getClass().getSimpleName()));
  }

  private static String noRoute(RoutingContext ctx, KaitenApiSpec spec) {
    return NoRoute.message(spec, ctx.request().method().name(), ctx.request().path());
  }

  /** Why the router could not read a request, as precisely as can be told. */
  private static String unreadable(RoutingContext ctx) {
    try {
      KaitenApiSpec.decodePath(ctx.request().path());
    } catch (IllegalArgumentException e) {
      return e.getMessage() + " in the path " + ctx.request().path();
    }
    if (ctx.failure() != null && ctx.failure().getMessage() != null) {
      return ctx.failure().getMessage();
    }
    return "the request cannot be read";
  }

  private static void send(RoutingContext ctx, int status, String message) {
    send(ctx.response(), status, message);
  }

  private static void send(HttpServerResponse response, int status, String message) {
    if (response.ended() || response.headWritten()) {
      return;
    }
    response.setStatusCode(status).putHeader("Content-Type", Reply.JSON).end(MessageJson.of(message));
  }
}
