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
import java.util.function.Consumer;

/**
 * The mock's routes, in the order a request meets them: the admin API; the journal's recorder; one
 * route per routed operation of the contract under its base path; one route for every other request.
 * Each API route turns its request into an {@link ApiCall} for a {@link Dispatcher}; JSON errors
 * answer what Vert.x itself rejects. In front of the router, a request without a body on a plain path
 * of a routed operation (see {@link PlainPaths}) goes to its operation's handler at once: the same
 * recorder and handler, without the routing context, its route iteration and handler lists, which
 * cost the most frequent requests about a tenth of their time.
 */
public final class MockRouter {
  static final String ADMIN_PREFIX = "/__admin";

  private MockRouter() {}

  /**
   * Who answers API requests: the operations given their own route (with their path parameters) and
   * their dispatcher, and the dispatcher of every other request outside the admin API.
   */
  public record Dispatch(List<ApiOperation> routed, Dispatcher operations, Dispatcher others) {}

  /**
   * @param admin the admin API's router, mounted at {@code /__admin}
   * @return the handler of every request the server receives
   */
  public static Handler<HttpServerRequest> create(Vertx vertx, KaitenApiSpec spec, Dispatch dispatch,
      long bodyLimit, Journal journal, Router admin) {
    Router router = Router.router(vertx);
    router.route(ADMIN_PREFIX + "*").subRouter(admin); // "/__admin" itself lists the routes
    router.route(ADMIN_PREFIX + "*").handler(ctx -> ctx.fail(404)); // what the admin API left: not the API's
    RequestRecorder recorder = new RequestRecorder(journal);
    router.route().handler(recorder);
    Handler<RoutingContext> bodies = bodiesOf(BodyHandler.create(false).setBodyLimit(bodyLimit));
    PlainPaths plainPaths = new PlainPaths();
    for (ApiOperation operation : dispatch.routed()) {
      String path = spec.basePath() + PathTemplates.toVertx(operation.path());
      CallHandler handler = new CallHandler(spec, operation, dispatch.operations(), journal);
      plainPaths.add(spec.basePath(), operation, handler);
      router.route(HttpMethod.valueOf(operation.method()), path).handler(bodies).handler(handler);
    }
    router.route().handler(bodies).handler(new CallHandler(spec, null, dispatch.others(), journal));
    HttpErrors.install(router, spec, bodyLimit);
    return request -> answerPlainPath(request, plainPaths, recorder, router);
  }

  /**
   * Answers a request without a body on a plain path of a routed operation at once; leaves the rest
   * to the router, whose body handler reads what a request carries.
   */
  private static void answerPlainPath(HttpServerRequest request, PlainPaths plainPaths, RequestRecorder recorder,
      Router router) {
    PlainPaths.Match match = mayHaveBody(request) ? null : plainPaths.match(request.method().name(), request.path());
    if (match == null) {
      router.handle(request);
      return;
    }
    Exchange exchange = recorder.watch(request);
    Consumer<Throwable> fail = failure -> HttpErrors.internalError(request, failure);
    try {
      match.handler().handle(request, match.pathParams(), exchange, fail);
    } catch (RuntimeException e) {
      fail.accept(e); // as a route's handler that throws fails its routing context
    }
  }

  /**
   * Whether the request's head announces a body; {@code Content-Length: 0}, which Java's client sends
   * with every DELETE, does not.
   */
  private static boolean mayHaveBody(HttpServerRequest request) {
    String length = request.headers().get(HttpHeaders.CONTENT_LENGTH);
    return length != null && !length.equals("0") || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
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
