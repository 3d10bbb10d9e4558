package io.kaitenkit.mock.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.Fault;
import io.kaitenkit.mock.ProviderState;
import io.kaitenkit.mock.internal.emulator.MessageJson;
import io.kaitenkit.mock.internal.emulator.Reply;
import io.kaitenkit.mock.internal.state.TokenRedaction;
import io.kaitenkit.mock.internal.proxy.DriftJson;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
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
  private static final long BODY_LIMIT = 256L * 1024 * 1024; // whole fixtures arrive here
  private static final Set<String> STATE_CHANGE_FIELDS = Set.of("state", "params", "action");

  private final Vertx vertx;
  private final Admin admin;
  private final String adminToken;
  private final long startedAt = System.currentTimeMillis();

  private AdminRoutes(Vertx vertx, Admin admin, String adminToken) {
    this.vertx = vertx;
    this.admin = admin;
    this.adminToken = adminToken;
  }

  /** The admin router; with a token set, every call must send it. */
  public static Router create(Vertx vertx, Admin admin, String adminToken) {
    return new AdminRoutes(vertx, admin, adminToken).router();
  }

  private Router router() {
    Router router = Router.router(vertx);
    router.route().handler(this::authorize);
    router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
    route(router, HttpMethod.GET, "/health", this::health);
    route(router, HttpMethod.GET, "/state", ctx -> blocking(ctx, 200, () -> admin.state().toJson()));
    route(router, HttpMethod.PUT, "/state", this::replaceState);
    route(router, HttpMethod.POST, "/reset", ctx -> {
      admin.reset();
      message(ctx, 200, "reset to the startup fixture; journal, faults and drift cleared");
    });
    route(router, HttpMethod.GET, "/drift", ctx -> json(ctx, 200, DriftJson.of(admin.drift())));
    route(router, HttpMethod.DELETE, "/drift", ctx -> {
      admin.clearDrift();
      message(ctx, 200, "drift summary cleared");
    });
    route(router, HttpMethod.GET, "/requests", ctx -> json(ctx, 200,
        AdminJson.requests(admin.requests(), admin.journal().count())));
    route(router, HttpMethod.DELETE, "/requests", ctx -> {
      admin.clearRequests();
      message(ctx, 200, "journal cleared");
    });
    route(router, HttpMethod.GET, "/faults", this::listFaults);
    route(router, HttpMethod.POST, "/faults", ctx -> {
      Fault fault = admin.addFault(AdminJson.fault(AdminJson.parse(ctx.body().asString())));
      json(ctx, 201, AdminJson.fault(fault));
    });
    route(router, HttpMethod.DELETE, "/faults", ctx -> {
      admin.clearFaults();
      message(ctx, 200, "faults cleared");
    });
    route(router, HttpMethod.DELETE, "/faults/:id", ctx -> {
      String id = ctx.pathParam("id");
      if (admin.removeFault(id)) {
        message(ctx, 200, "fault " + id + " removed");
      } else {
        message(ctx, 404, "no fault with id '" + id + "'");
      }
    });
    route(router, HttpMethod.GET, "/provider-states", this::listProviderStates);
    route(router, HttpMethod.POST, "/provider-states", this::changeProviderState);
    route(router, HttpMethod.GET, "/rate-limit", ctx -> json(ctx, 200,
        AdminJson.MAPPER.createObjectNode().put("requestsPerSecond", admin.rateLimit())));
    route(router, HttpMethod.PUT, "/rate-limit", ctx -> {
      JsonNode body = AdminJson.parse(ctx.body().asString());
      AdminJson.object(body, "rate limit");
      admin.rateLimit((int) AdminJson.nonNegativeLong(body, "requestsPerSecond"));
      json(ctx, 200, AdminJson.MAPPER.createObjectNode().put("requestsPerSecond", admin.rateLimit()));
    });
    route(router, HttpMethod.POST, "/rate-limit/exhaust", ctx -> {
      JsonNode body = AdminJson.parse(ctx.body().asString());
      AdminJson.object(body, "exhaust");
      String token = AdminJson.optionalText(body, "token");
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("\"token\" is required");
      }
      admin.exhaustRateLimit(token);
      message(ctx, 200, "rate limit exhausted for the token; its next request gets 429");
    });
    route(router, HttpMethod.GET, "/openapi.yaml", ctx -> ctx.response().setStatusCode(200)
        .putHeader("Content-Type", "application/yaml; charset=utf-8").end(AdminDocument.text()));
    router.route().last().handler(ctx -> message(ctx, 404, "No admin route for " + ctx.request().method() + " "
        + ctx.request().path() + "; the routes are described at GET /__admin/openapi.yaml"));
    return router;
  }

  private void route(Router router, HttpMethod method, String path, Handler<RoutingContext> handler) {
    router.route(method, path).handler(ctx -> {
      try {
        handler.handle(ctx);
      } catch (IllegalArgumentException e) {
        message(ctx, 400, e.getMessage());
      }
    });
  }

  private void authorize(RoutingContext ctx) {
    if (adminToken == null || presentedTokenMatches(ctx)) {
      ctx.next();
      return;
    }
    ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"kaiten-mock-admin\"");
    message(ctx, 401, "the admin API needs the admin token: Authorization: Bearer <admin token>");
  }

  private boolean presentedTokenMatches(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] presented = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(presented, adminToken.getBytes(StandardCharsets.UTF_8));
  }

  private void health(RoutingContext ctx) {
    json(ctx, 200, AdminJson.MAPPER.createObjectNode()
        .put("status", "up")
        .put("uptimeMillis", System.currentTimeMillis() - startedAt)
        .put("requests", admin.journal().count())
        .put("faults", admin.faults().size())
        .put("rateLimit", admin.rateLimit()));
  }

  private void replaceState(RoutingContext ctx) {
    String body = ctx.body().asString();
    if (body == null || body.isBlank()) {
      message(ctx, 400, "request body is empty; expected a fixture (see GET /__admin/state)");
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
    JsonNode body = AdminJson.parse(ctx.body().asString());
    AdminJson.object(body, "state change");
    body.fieldNames().forEachRemaining(name -> {
      if (!STATE_CHANGE_FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown field '" + name + "'; a state change has state, params, action");
      }
    });
    String action = AdminJson.optionalText(body, "action");
    if (action != null && !action.equals("setup") && !action.equals("teardown")) {
      throw new IllegalArgumentException("\"action\" must be setup or teardown, got '" + action + "'");
    }
    Map<String, Object> params = new LinkedHashMap<>();
    JsonNode paramsNode = body.get("params");
    if (paramsNode != null && !paramsNode.isNull()) {
      AdminJson.object(paramsNode, "params");
      Iterator<Map.Entry<String, JsonNode>> fields = paramsNode.fields();
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

  private static void message(RoutingContext ctx, int status, String message) {
    send(ctx, status, MessageJson.of(message));
  }

  private static void send(RoutingContext ctx, int status, String json) {
    if (!ctx.response().ended()) {
      ctx.response().setStatusCode(status).putHeader("Content-Type", Reply.JSON).end(json);
    }
  }
}
