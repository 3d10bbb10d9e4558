package io.kaitenkit.mock.internal.http;

import io.netty.channel.Channel;
import io.netty.handler.timeout.IdleStateHandler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Keeps a connection's idle timer quiet while the mock itself keeps the client waiting (a delay
 * fault): the connection is not idle, the server is busy on purpose, and a delay longer than the idle
 * timeout must still end in an answer rather than a closed connection.
 */
public final class IdleTimer {
  /** A hold on the idle timer; {@link #release()} lets it run again from now. */
  public interface Hold {
    void release();
  }

  private static final Hold NONE = () -> {};

  private IdleTimer() {}

  public static Hold holdOff(Vertx vertx, HttpConnection connection) {
    if (!(connection instanceof ConnectionBase base)) {
      return NONE;
    }
    Channel channel = base.channel();
    IdleStateHandler idle = channel.pipeline().get(IdleStateHandler.class);
    if (idle == null || idle.getAllIdleTimeInMillis() <= 0) {
      return NONE;
    }
    Runnable touch = () -> channel.eventLoop().execute(idle::resetReadTimeout);
    long periodic = vertx.setPeriodic(Math.max(1, idle.getAllIdleTimeInMillis() / 2), id -> touch.run());
    return () -> {
      vertx.cancelTimer(periodic);
      touch.run();
    };
  }
}
