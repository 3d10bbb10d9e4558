package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.internal.emulator.MessageJson;
import io.kaitenkit.mock.internal.emulator.Reply;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON answers for what the router itself rejects, instead of Vert.x's HTML and empty bodies: unknown
 * paths (404), methods the contract does not document on a path (405), bodies over the limit (413) and
 * failures (500).
 */
final class HttpErrors {
  private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);

  private HttpErrors() {}

  static void install(Router router, KaitenApiSpec spec, long bodyLimit) {
    router.errorHandler(404, ctx -> send(ctx, 404,
        "No route for " + ctx.request().method() + " " + ctx.request().path()
            + "; the API lives under " + spec.basePath() + " and the admin API under /__admin"));
    router.errorHandler(405, ctx -> {
      String allowed = allowedMethods(spec, ctx.request().path());
      ctx.response().putHeader("Allow", allowed);
      send(ctx, 405, "Method " + ctx.request().method() + " is not allowed on " + ctx.request().path()
          + "; allowed: " + allowed);
    });
    router.errorHandler(413, ctx -> send(ctx, 413,
        "Request body exceeds the limit of " + bodyLimit + " bytes"));
    router.errorHandler(500, ctx -> {
      LOG.error("Failed to answer {} {}", ctx.request().method(), ctx.request().path(), ctx.failure());
      send(ctx, 500, "Internal error of the mock: "
          + (ctx.failure() == null ? "unknown" : ctx.failure().getClass().getSimpleName()));
    });
  }

  private static String allowedMethods(KaitenApiSpec spec, String path) {
    List<String> methods = spec.operations().stream()
        .map(ApiOperation::method)
        .distinct()
        .filter(method -> spec.findOperation(method, path).isPresent())
        .collect(Collectors.toList());
    return String.join(", ", methods);
  }

  private static void send(RoutingContext ctx, int status, String message) {
    HttpServerResponse response = ctx.response();
    if (response.ended() || response.headWritten()) {
      return;
    }
    response.setStatusCode(status).putHeader("Content-Type", Reply.JSON).end(MessageJson.of(message));
  }
}
