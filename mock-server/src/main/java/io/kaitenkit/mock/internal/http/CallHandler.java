package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.spec.Headers;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one request into an {@link ApiCall}, asks the dispatcher and sends its reply; what the journal
 * needs of the exchange (operation, order, violations) is noted on the way.
 */
final class CallHandler implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger(CallHandler.class);

  private final KaitenApiSpec spec;
  private final ApiOperation operation;
  private final List<String> pathParamNames;
  private final Dispatcher dispatcher;
  private final Journal journal;

  /**
   * @param operation the route's operation, or null for the route of every other request, whose
   *     operation is then looked up in the contract
   */
  CallHandler(KaitenApiSpec spec, ApiOperation operation, Dispatcher dispatcher, Journal journal) {
    this.spec = spec;
    this.operation = operation;
    this.pathParamNames = operation == null ? List.of() : operation.pathParameterNames();
    this.dispatcher = dispatcher;
    this.journal = journal;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (operation != null && ctx.request().path().endsWith("/")) {
      ctx.next(); // Vert.x forgives a trailing slash; the contract's paths have none
      return;
    }
    Map<String, String> params = new HashMap<>();
    for (String name : pathParamNames) {
      params.put(name, ctx.pathParam(name));
    }
    handle(ctx, params);
  }

  /** Answers the request with the path parameters already taken from its path, decoded. */
  void handle(RoutingContext ctx, Map<String, String> pathParams) {
    String body = ctx.body().available() && ctx.body().length() > 0 ? ctx.body().asString() : null;
    answer(ctx.request(), body, pathParams, Exchange.of(ctx), ctx, ctx::fail);
  }

  /**
   * Answers a request without a body that no router saw: what the router's 500 handler would answer
   * for a failure is then {@code fail}'s to send.
   */
  void handle(HttpServerRequest request, Map<String, String> pathParams, Exchange exchange,
      Consumer<Throwable> fail) {
    answer(request, null, pathParams, exchange, null, fail);
  }

  private void answer(HttpServerRequest request, String body, Map<String, String> pathParams, Exchange exchange,
      RoutingContext routing, Consumer<Throwable> fail) {
    ApiCall call = callOf(request, body, pathParams, exchange, routing);
    exchange.sequence = journal.nextSequence();
    Future<Reply> answer;
    try {
      answer = dispatcher.dispatch(call);
    } catch (RuntimeException e) {
      fail.accept(e);
      return;
    }
    if (answer.isComplete()) {
      complete(request, exchange, answer, fail);
    } else {
      answer.onComplete(done -> complete(request, exchange, done, fail));
    }
  }

  private void complete(HttpServerRequest request, Exchange exchange, AsyncResult<Reply> done,
      Consumer<Throwable> fail) {
    if (done.failed()) {
      LOG.debug("No answer to {} {}", request.method(), request.path(), done.cause());
      fail.accept(done.cause());
      return;
    }
    Reply reply = done.result();
    exchange.violations = reply.violations();
    if (reply.sender() != null) {
      if (reply.status() == 0) {
        exchange.recordNow(); // a reset or silence: no head will announce the request to the journal
      }
      reply.sender().send(request);
      return;
    }
    send(request.response(), reply);
  }

  private ApiCall callOf(HttpServerRequest request, String body, Map<String, String> params, Exchange exchange,
      RoutingContext routing) {
    ApiOperation matched = operation != null ? operation
        : spec.findOperation(request.method().name(), request.path()).orElse(null);
    exchange.operationId = matched == null ? null : matched.id();
    return new ApiCall(matched, request.method().name(), request.path(), request.query(),
        Headers.view(new RequestHeaders(request.headers())), body, params, request, routing);
  }

  private static void send(HttpServerResponse response, Reply reply) {
    if (response.ended()) {
      return;
    }
    response.setStatusCode(reply.status());
    if (reply.contentType() != null) {
      response.putHeader("Content-Type", reply.contentType());
    }
    reply.headers().forEach(response::putHeader);
    if (reply.streamed() != null) {
      response.putHeader("Content-Length", Long.toString(reply.streamed().length()));
      BodyPump.send(response, reply.streamed());
    } else if (reply.body() == null) {
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
