package io.kaitenkit.mock.internal.faults;

import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Dispatcher;
import io.kaitenkit.mock.internal.http.IdleTimer;
import io.kaitenkit.mock.internal.http.Reply;
import io.netty.channel.ChannelOption;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the first matching fault in front of a dispatcher: before the emulator or the proxy decides anything. */
public final class FaultInjection implements Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(FaultInjection.class);
  private static final Reply RESET = Reply.sentBy(0, List.of(), request -> reset(request.connection()));
  private static final Reply SILENCE = Reply.sentBy(0, List.of(), request -> {});

  private final Vertx vertx;
  private final FaultRegistry faults;
  private final Dispatcher next;

  public FaultInjection(Vertx vertx, FaultRegistry faults, Dispatcher next) {
    this.vertx = vertx;
    this.faults = faults;
    this.next = next;
  }

  @Override
  public Future<Reply> dispatch(ApiCall call) {
    if (faults.isEmpty()) {
      return next.dispatch(call);
    }
    Fault fault = faults.claim(call.method(), call.rawPath(), call.operation() == null ? null : call.operation().id());
    if (fault == null) {
      return next.dispatch(call);
    }
    LOG.debug("Fault {} applies to {} {}", fault.id(), call.method(), call.rawPath());
    if (fault.action() instanceof Fault.Delay delay) {
      long millis = delay.delay().toMillis();
      if (millis == 0) {
        return next.dispatch(call);
      }
      Promise<Reply> later = Promise.promise();
      // The client is kept waiting on purpose: the idle timer must not close the connection meanwhile.
      IdleTimer.Hold hold = call.request() == null ? () -> {}
          : IdleTimer.holdOff(vertx, call.request().connection());
      vertx.setTimer(millis, timer -> {
        hold.release();
        next.dispatch(call).onComplete(later);
      });
      return later.future();
    } else if (fault.action() instanceof Fault.Respond respond) {
      Reply reply = respond.body() == null ? Reply.empty(respond.status())
          : new Reply(respond.status(), null, Buffer.buffer(respond.body()), Map.of(), null, List.of(), null, null);
      for (Map.Entry<String, String> header : respond.headers().entrySet()) {
        reply = reply.withHeader(header.getKey(), header.getValue());
      }
      return Dispatcher.now(reply);
    } else if (fault.action() instanceof Fault.ResetConnection) {
      return Dispatcher.now(RESET);
    }
    return Dispatcher.now(SILENCE); // Fault.NoResponse: the client times out or the connection closes on shutdown
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
