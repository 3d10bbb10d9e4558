package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;

/**
 * The mock's routes, in the order a request meets them: the admin API; the journal's recorder; one
 * route per routed operation of the contract under its base path; one route for every other request.
 * Each API route turns its request into an {@link ApiCall} for a {@link Dispatcher}; JSON errors
 * answer what Vert.x itself rejects.
 */
public final class MockRouter {
  static final String ADMIN_PREFIX = "/__admin";

  private MockRouter() {}

  /**
   * Who answers API requests: the operations given their own route (with their path parameters) and
   * their dispatcher, and the dispatcher of every other request outside the admin API.
   */
  public record Dispatch(List<ApiOperation> routed, Dispatcher operations, Dispatcher others) {}

  /** @param admin the admin API's router, mounted at {@code /__admin} */
  public static Router create(Vertx vertx, KaitenApiSpec spec, Dispatch dispatch, long bodyLimit, Journal journal,
      Router admin) {
    Router router = Router.router(vertx);
    router.route(ADMIN_PREFIX + "*").subRouter(admin); // "/__admin" itself lists the routes
    router.route(ADMIN_PREFIX + "*").handler(ctx -> ctx.fail(404)); // what the admin API left: not the API's
    router.route().handler(new RequestRecorder(journal));
    Handler<RoutingContext> bodies = bodiesOf(BodyHandler.create(false).setBodyLimit(bodyLimit));
    PlainPaths plainPaths = new PlainPaths();
    router.route().handler(ctx -> answerPlainPath(ctx, plainPaths));
    for (ApiOperation operation : dispatch.routed()) {
      String path = spec.basePath() + PathTemplates.toVertx(operation.path());
      CallHandler handler = new CallHandler(spec, operation, dispatch.operations(), journal);
      plainPaths.add(spec.basePath(), operation, handler);
      router.route(HttpMethod.valueOf(operation.method()), path).handler(bodies).handler(handler);
    }
    router.route().handler(bodies).handler(new CallHandler(spec, null, dispatch.others(), journal));
    HttpErrors.install(router, spec, bodyLimit);
    return router;
  }

  /**
   * Answers a request without a body on a plain path of a routed operation at once; leaves the rest
   * to the routes, whose body handler reads what a request carries.
   */
  private static void answerPlainPath(RoutingContext ctx, PlainPaths plainPaths) {
    HttpServerRequest request = ctx.request();
    PlainPaths.Match match = mayHaveBody(request) ? null : plainPaths.match(request.method().name(), request.path());
    if (match == null) {
      ctx.next();
    } else {
      match.handler().handle(ctx, match.pathParams());
    }
  }

  private static boolean mayHaveBody(HttpServerRequest request) {
    return request.headers().contains(HttpHeaders.CONTENT_LENGTH)
        || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
  }

  /**
   * Reads the bodies of the methods that carry one. Vert.x's body handler fails with a 500 on a GET
   * whose content type is a form, so bodies of other methods are left unread: no operation uses them.
   */
  private static Handler<RoutingContext> bodiesOf(BodyHandler bodyHandler) {
    return ctx -> {
      HttpServerRequest request = ctx.request();
      switch (request.method().name()) {
        case "POST", "PUT", "PATCH", "DELETE" -> {
          if (mayHaveBody(request)) {
            bodyHandler.handle(ctx);
          } else {
            ctx.next(); // nothing to read: most DELETEs
          }
        }
        default -> ctx.next();
      }
    };
  }
}
