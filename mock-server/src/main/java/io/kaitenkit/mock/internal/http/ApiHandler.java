package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.internal.emulator.ApiCall;
import io.kaitenkit.mock.internal.emulator.GroupUsersEmulator;
import io.kaitenkit.mock.internal.emulator.Reply;
import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.internal.Headers;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers one operation of the contract: builds the call, asks the emulator, checks and sends the reply. */
final class ApiHandler implements Handler<RoutingContext> {
  private final ApiOperation operation;
  private final List<String> pathParamNames;
  private final GroupUsersEmulator emulator;
  private final StrictMode strictMode;
  private final Journal journal;

  ApiHandler(ApiOperation operation, GroupUsersEmulator emulator, StrictMode strictMode, Journal journal) {
    this.operation = operation;
    this.pathParamNames = PathTemplates.parameterNames(operation.path());
    this.emulator = emulator;
    this.strictMode = strictMode;
    this.journal = journal;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (ctx.request().path().endsWith("/")) {
      ctx.next(); // Vert.x forgives a trailing slash; the contract's paths have none, so: 404
      return;
    }
    ApiCall call = callOf(ctx);
    Exchange.operation(ctx, operation.id());
    Exchange.sequence(ctx, journal.nextSequence());
    Reply reply = emulator.handle(call);
    if (strictMode != null) {
      Exchange.violations(ctx, strictMode.check(operation.id(), reply));
    }
    send(ctx.response(), reply);
  }

  private ApiCall callOf(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    Map<String, String> params = new HashMap<>();
    for (String name : pathParamNames) {
      params.put(name, ctx.pathParam(name));
    }
    String body = ctx.body().available() && ctx.body().length() > 0 ? ctx.body().asString() : null;
    return new ApiCall(operation, request.method().name(), request.path(), request.query(),
        Headers.view(new RequestHeaders(request.headers())), body, params);
  }

  private static void send(HttpServerResponse response, Reply reply) {
    response.setStatusCode(reply.status());
    if (reply.contentType() != null) {
      response.putHeader("Content-Type", reply.contentType());
    }
    reply.headers().forEach(response::putHeader);
    if (reply.body() == null) {
      response.end();
    } else {
      response.end(reply.body());
    }
  }

  /** The request's own header map, read in place by the contract's validation. */
  private record RequestHeaders(MultiMap headers) implements Headers.Source {
    @Override
    public List<String> getAll(String name) {
      return headers.getAll(name);
    }

    @Override
    public Iterable<Map.Entry<String, String>> lines() {
      return headers;
    }
  }
}
