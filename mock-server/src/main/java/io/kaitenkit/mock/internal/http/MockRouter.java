package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.internal.emulator.GroupUsersEmulator;
import io.kaitenkit.mock.internal.faults.FaultRegistry;
import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.mock.internal.proxy.ValidationProxy;
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
 * The mock's routes: the journal and faults in front of everything, one route per operation of the
 * contract under its base path (or, in proxy mode, one route forwarding everything to the upstream),
 * the admin API beside them, JSON errors for everything else.
 */
public final class MockRouter {
  private MockRouter() {}

  /**
   * @param proxy when not null, every request outside the admin API is forwarded by it to a real
   *     Kaiten instead of being answered by the emulator
   * @param strict whether replies are checked against the contract
   * @param admin the admin API's router, mounted at {@code /__admin}, or null
   */
  public static Router create(Vertx vertx, KaitenApiSpec spec, GroupUsersEmulator emulator, ValidationProxy proxy,
      boolean strict, long bodyLimit, Journal journal, FaultRegistry faults, Router admin) {
    Router router = Router.router(vertx);
    router.route().handler(new RequestRecorder(journal)).handler(new FaultHandler(vertx, spec, faults));
    Handler<RoutingContext> bodies = bodiesOf(BodyHandler.create(false).setBodyLimit(bodyLimit));
    StrictMode strictMode = strict ? new StrictMode(spec) : null;
    List<ApiOperation> emulated = proxy == null ? spec.operations() : List.of(); // the proxy forwards them
    for (ApiOperation operation : emulated) {
      String path = spec.basePath() + PathTemplates.toVertx(operation.path());
      router.route(HttpMethod.valueOf(operation.method()), path)
          .handler(bodies)
          .handler(new ApiHandler(operation, emulator, strictMode, journal));
    }
    if (admin != null) {
      router.route(AdminPaths.PREFIX + "*").subRouter(admin); // "/__admin" itself lists the routes
    }
    if (proxy != null) {
      Handler<RoutingContext> forward = proxy.handler(new ProxyExchangeNotes(journal));
      router.route().handler(bodies).handler(ctx -> {
        if (AdminPaths.isAdmin(ctx.request().path())) {
          ctx.next();
        } else {
          forward.handle(ctx);
        }
      });
    }
    HttpErrors.install(router, spec, bodyLimit);
    return router;
  }

  /**
   * Reads the bodies of the methods that carry one. Vert.x's body handler fails with a 500 on a GET
   * whose content type is a form, so bodies of other methods are left unread: no operation uses them.
   */
  private static Handler<RoutingContext> bodiesOf(BodyHandler bodyHandler) {
    return ctx -> {
      HttpServerRequest request = ctx.request();
      boolean mayHaveBody = request.headers().contains(HttpHeaders.CONTENT_LENGTH)
          || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
      switch (request.method().name()) {
        case "POST", "PUT", "PATCH", "DELETE" -> {
          if (mayHaveBody) {
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
