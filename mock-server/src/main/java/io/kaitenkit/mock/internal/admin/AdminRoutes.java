package io.kaitenkit.mock.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.ProviderState;
import io.kaitenkit.mock.internal.dashboard.Dashboard;
import io.kaitenkit.mock.internal.http.BodyPump;
import io.kaitenkit.mock.internal.http.MessageJson;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.redaction.TokenRedaction;
import io.kaitenkit.mock.internal.proxy.DriftJson;
import io.kaitenkit.mock.internal.state.FixtureWriter;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The admin API under {@code /__admin}: every route in one table, each a thin JSON layer over
 * {@link Admin}. Bad input answers 400 with a message and changes nothing.
 */
public final class AdminRoutes {
  static final String PREFIX = "/__admin";
  /**
   * Whole fixtures arrive here. While one is replaced, its text, its parsed tree and the old and new
   * state are all alive at once, several times the text's size: 8 MiB keeps that well inside the
   * 256 MiB heap documented for CI.
   */
  public static final int BODY_LIMIT = 8 * 1024 * 1024;
  private static final int MAX_RATE_LIMIT = 1_000_000;
  private static final Set<String> STATE_CHANGE_FIELDS = Set.of("state", "params", "action");
  private static final String STATE_CHANGE_EXAMPLE =
      "{\"state\": \"user 42 is a member of group developers\", \"params\": {}, \"action\": \"setup\"}";

  private final Vertx vertx;
  private final Admin admin;
  private final AdminAccess access;
  private final Dashboard dashboard;
  private final AdminIndex index = new AdminIndex();
  private final long startedAt = System.currentTimeMillis();

  private AdminRoutes(Vertx vertx, Admin admin, String adminToken, boolean loopbackOnly, Dashboard dashboard) {
    this.vertx = vertx;
    this.admin = admin;
    this.access = new AdminAccess(adminToken, new BrowserGuard(loopbackOnly), dashboard);
    this.dashboard = dashboard;
  }

  /**
   * The admin router; with a token set, every call but health and the dashboard's static files must send it.
   *
   * @param loopbackOnly whether the mock is bound to loopback, where only loopback host names are answered
   */
  public static Router create(Vertx vertx, Admin admin, String adminToken, boolean loopbackOnly, Dashboard dashboard) {
    return new AdminRoutes(vertx, admin, adminToken, loopbackOnly, dashboard).router();
  }

  private Router router() {
    Router router = Router.router(vertx);
    router.route().handler(access::guard);
    dashboard.publicRoutes(router);
    router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
    router.route().failureHandler(ctx -> {
      if (ctx.statusCode() == 413) {
        message(ctx, 413, "admin request body exceeds the limit of " + BODY_LIMIT + " bytes ("
            + BODY_LIMIT / (1024 * 1024) + " MiB); nothing was changed");
      } else {
        ctx.next();
      }
    });
    route(router, HttpMethod.GET, "", "lists these routes", ctx -> json(ctx, 200, index.toJson(PREFIX)));
    route(router, HttpMethod.GET, "/health", "status, uptime, request count; needs no admin token", this::health);
    route(router, HttpMethod.GET, "/state", "the whole state in the fixture format", this::sendState);
    route(router, HttpMethod.PUT, "/state", "replaces the whole state with a fixture", this::replaceState);
    route(router, HttpMethod.POST, "/reset", "back to the startup fixture; empty journal, no faults, no drift", ctx -> {
      admin.reset();
      message(ctx, 200, "reset to the startup fixture; journal, faults and drift cleared");
    });
    route(router, HttpMethod.GET, "/requests", "the journal, oldest first", ctx -> json(ctx, 200,
        AdminJson.requests(admin.requests(), admin.journal().count())));
    route(router, HttpMethod.DELETE, "/requests", "empties the journal", ctx -> {
      admin.clearRequests();
      message(ctx, 200, "journal cleared");
    });
    route(router, HttpMethod.GET, "/faults", "the active faults", this::listFaults);
    route(router, HttpMethod.POST, "/faults", "adds a fault in front of the emulator", ctx -> {
      Fault fault = admin.addFault(AdminJson.fault(AdminJson.parse(ctx.body().asString())));
      json(ctx, 201, AdminJson.fault(fault));
    });
    route(router, HttpMethod.DELETE, "/faults", "removes every fault", ctx -> {
      admin.clearFaults();
      message(ctx, 200, "faults cleared");
    });
    route(router, HttpMethod.DELETE, "/faults/:id", "removes one fault", ctx -> {
      String id = ctx.pathParam("id");
      if (admin.removeFault(id)) {
        message(ctx, 200, "fault " + id + " removed");
      } else {
        message(ctx, 404, "no fault with id '" + AdminJson.shorten(id) + "'; GET /__admin/faults lists them");
      }
    });
    route(router, HttpMethod.GET, "/provider-states", "the provider-state sentences", this::listProviderStates);
    route(router, HttpMethod.POST, "/provider-states", "Pact's state-change call", this::changeProviderState);
    route(router, HttpMethod.GET, "/rate-limit", "requests a second per token, 0 when off", ctx -> json(ctx, 200,
        AdminJson.MAPPER.createObjectNode().put("requestsPerSecond", admin.rateLimit())));
    route(router, HttpMethod.PUT, "/rate-limit", "sets the limit, e.g. {\"requestsPerSecond\": 5}; 0 turns it off", ctx -> {
      JsonNode body = AdminJson.body(ctx.body().asString(), "{\"requestsPerSecond\": 5}");
      admin.rateLimit(AdminJson.intInRange(body, "requestsPerSecond", 0, MAX_RATE_LIMIT));
      json(ctx, 200, AdminJson.MAPPER.createObjectNode().put("requestsPerSecond", admin.rateLimit()));
    });
    route(router, HttpMethod.POST, "/rate-limit/exhaust", "makes a token's next request get 429, "
        + "e.g. {\"token\": \"demo-admin-token\"}", ctx -> {
      JsonNode body = AdminJson.body(ctx.body().asString(), "{\"token\": \"demo-admin-token\"}");
      String token = AdminJson.optionalText(body, "token");
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("\"token\" is required: a JSON object like {\"token\": \"demo-admin-token\"}");
      }
      admin.exhaustRateLimit(token);
      message(ctx, 200, "rate limit exhausted for the token; its next request gets 429");
    });
    route(router, HttpMethod.GET, "/drift", "what the validation proxy saw", ctx -> json(ctx, 200, DriftJson.of(admin.drift())));
    route(router, HttpMethod.DELETE, "/drift", "forgets what the validation proxy saw", ctx -> {
      admin.clearDrift();
      message(ctx, 200, "drift summary cleared");
    });
    route(router, HttpMethod.GET, "/openapi.yaml", "this API described in OpenAPI 3.0.3", ctx -> ctx.response()
        .setStatusCode(200).putHeader("Content-Type", "application/yaml; charset=utf-8").end(AdminDocument.text()));
    dashboard.adminRoutes(router);
    router.route().last().handler(this::noRoute);
    return router;
  }

  /** 405 with {@code Allow} for a known path, 404 otherwise; a trailing slash (an empty id) is no route. */
  private void noRoute(RoutingContext ctx) {
    String path = ctx.request().path().substring(PREFIX.length());
    Set<String> allowed = index.allowed(path);
    if (allowed.isEmpty()) {
      message(ctx, 404, "No admin route for " + ctx.request().method() + " " + AdminJson.shorten(ctx.request().path())
          + "; GET /__admin lists them, GET /__admin/openapi.yaml describes them");
      return;
    }
    ctx.response().putHeader("Allow", String.join(", ", allowed));
    message(ctx, 405, "Method " + ctx.request().method() + " is not allowed on " + ctx.request().path()
        + "; allowed: " + String.join(", ", allowed));
  }

  private void route(Router router, HttpMethod method, String path, String purpose, Handler<RoutingContext> handler) {
    index.add(method, path, purpose);
    router.route(method, path.isEmpty() ? "/" : path).handler(ctx -> {
      if (!path.isEmpty() && ctx.request().path().endsWith("/")) {
        ctx.next(); // Vert.x forgives a trailing slash; here it means an empty id, so: no route
        return;
      }
      try {
        handler.handle(ctx);
      } catch (IllegalArgumentException e) {
        message(ctx, 400, e.getMessage());
      }
    });
  }

  private void health(RoutingContext ctx) {
    json(ctx, 200, AdminJson.MAPPER.createObjectNode()
        .put("status", "up")
        .put("uptimeMillis", System.currentTimeMillis() - startedAt)
        .put("requests", admin.journal().count())
        .put("faults", admin.faults().size())
        .put("rateLimit", admin.rateLimit()));
  }

  /**
   * The state as {@link io.kaitenkit.mock.LiveState#toJson()} gives it, written while it is sent from a
   * snapshot taken under the lock: a large state is never held whole as text, and a slow client holds
   * a chunk of it.
   */
  private void sendState(RoutingContext ctx) {
    FixtureWriter fixture = FixtureWriter.of(admin.state().snapshot());
    ctx.response().setStatusCode(200).putHeader("Content-Type", Reply.JSON).setChunked(true);
    BodyPump.send(ctx.response(), fixture::appendTo);
  }

  private void replaceState(RoutingContext ctx) {
    String body = ctx.body().asString();
    if (body == null || body.isBlank()) {
      message(ctx, 400, "request body is empty; expected a fixture like GET /__admin/state answers");
      return;
    }
    blocking(ctx, 200, () -> {
      admin.state().replace(body);
      return MessageJson.of("state replaced");
    });
  }

  private void listFaults(RoutingContext ctx) {
    ArrayNode faults = AdminJson.MAPPER.createArrayNode();
    admin.faults().forEach(fault -> faults.add(AdminJson.fault(fault)));
    json(ctx, 200, AdminJson.MAPPER.createObjectNode().set("faults", faults));
  }

  private void listProviderStates(RoutingContext ctx) {
    ArrayNode states = AdminJson.MAPPER.createArrayNode();
    for (ProviderState state : ProviderState.values()) {
      ObjectNode node = states.addObject().put("state", state.template());
      ArrayNode params = node.putArray("params");
      state.parameterNames().forEach(params::add);
    }
    json(ctx, 200, AdminJson.MAPPER.createObjectNode().set("states", states));
  }

  /** Pact's state-change call: {@code {"state": "…", "params": {…}, "action": "setup"|"teardown"}}. */
  private void changeProviderState(RoutingContext ctx) {
    JsonNode body = AdminJson.body(ctx.body().asString(), STATE_CHANGE_EXAMPLE);
    body.fieldNames().forEachRemaining(name -> {
      if (!STATE_CHANGE_FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown field '" + AdminJson.shorten(name)
            + "'; a state change has state, params, action, like " + STATE_CHANGE_EXAMPLE);
      }
    });
    String action = AdminJson.optionalText(body, "action");
    if (action != null && !action.equals("setup") && !action.equals("teardown")) {
      throw new IllegalArgumentException("\"action\" must be setup or teardown, got '" + AdminJson.shorten(action) + "'");
    }
    Map<String, Object> params = new LinkedHashMap<>();
    JsonNode paramsNode = body.get("params");
    if (paramsNode != null && !paramsNode.isNull()) {
      AdminJson.object(paramsNode, "params");
      Iterator<Map.Entry<String, JsonNode>> fields = paramsNode.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        params.put(field.getKey(), field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString());
      }
    }
    ProviderState.Match match = admin.providerState(AdminJson.optionalText(body, "state"), params,
        !"teardown".equals(action));
    ObjectNode answer = AdminJson.MAPPER.createObjectNode()
        .put("state", match.state().template())
        .put("action", action == null ? "setup" : action);
    ObjectNode applied = answer.putObject("params");
    // A token given as a parameter is not echoed back whole: answers end up in logs too.
    match.params().forEach((name, value) -> applied.put(name,
        name.toLowerCase(Locale.ROOT).contains("token") ? TokenRedaction.redact(value) : value));
    json(ctx, 200, answer);
  }

  /** Runs work that may take a while (a large fixture) off the event loop. */
  private void blocking(RoutingContext ctx, int status, Callable<String> work) {
    vertx.executeBlocking(work, false).onComplete(result -> {
      if (result.succeeded()) {
        send(ctx, status, result.result());
      } else if (result.cause() instanceof IllegalArgumentException) {
        message(ctx, 400, result.cause().getMessage());
      } else {
        ctx.fail(result.cause());
      }
    });
  }

  private static void json(RoutingContext ctx, int status, JsonNode body) {
    send(ctx, status, body.toString());
  }

  static void message(RoutingContext ctx, int status, String message) {
    send(ctx, status, MessageJson.of(message));
  }

  private static void send(RoutingContext ctx, int status, String json) {
    if (!ctx.response().ended()) {
      ctx.response().setStatusCode(status).putHeader("Content-Type", Reply.JSON).end(json);
    }
  }
}
