package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.Fault;
import io.kaitenkit.mock.internal.faults.FaultRegistry;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import io.netty.channel.ChannelOption;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the first matching fault before the request reaches the emulator. */
final class FaultHandler implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger(FaultHandler.class);

  private final Vertx vertx;
  private final KaitenApiSpec spec;
  private final FaultRegistry faults;

  FaultHandler(Vertx vertx, KaitenApiSpec spec, FaultRegistry faults) {
    this.vertx = vertx;
    this.spec = spec;
    this.faults = faults;
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (faults.isEmpty() || AdminPaths.isAdmin(request.path())) {
      ctx.next();
      return;
    }
    String operationId = spec.findOperation(request.method().name(), request.path())
        .map(ApiOperation::id).orElse(null);
    Fault fault = faults.claim(request.method().name(), request.path(), operationId);
    if (fault == null) {
      ctx.next();
      return;
    }
    Exchange.operation(ctx, operationId);
    LOG.debug("Fault {} applies to {} {}", fault.id(), request.method(), request.path());
    if (fault.action() instanceof Fault.Delay delay) {
      long millis = delay.delay().toMillis();
      if (millis == 0) {
        ctx.next();
      } else {
        request.pause(); // keep the body for the BodyHandler that runs after the delay; it resumes
        IdleTimer.Hold hold = IdleTimer.holdOff(vertx, request.connection());
        vertx.setTimer(millis, timer -> {
          hold.release();
          ctx.next();
        });
      }
    } else if (fault.action() instanceof Fault.Respond respond) {
      HttpServerResponse response = ctx.response().setStatusCode(respond.status());
      respond.headers().forEach(response::putHeader);
      if (respond.body() == null) {
        response.end();
      } else {
        response.end(respond.body());
      }
    } else if (fault.action() instanceof Fault.ResetConnection) {
      Exchange.recordNow(ctx);
      reset(request.connection());
    } else {
      // Fault.NoResponse: answer nothing; the client times out or the connection is closed on shutdown.
      Exchange.recordNow(ctx);
    }
  }

  /** Closes with SO_LINGER 0, so the peer sees a TCP reset rather than an orderly close. */
  private static void reset(HttpConnection connection) {
    if (connection instanceof ConnectionBase base) {
      base.channel().config().setOption(ChannelOption.SO_LINGER, 0);
      base.channel().close();
    } else {
      connection.close();
    }
  }
}
