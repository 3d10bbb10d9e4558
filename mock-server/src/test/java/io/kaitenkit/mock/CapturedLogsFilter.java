package io.kaitenkit.mock;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps off the console what a test captures with {@link LogCapture}: a test that provokes an ERROR on
 * purpose asserts on it instead of printing it, so a green build prints nothing alarming. Everything
 * else still reaches the console, and every appender but the console still gets every event.
 */
public final class CapturedLogsFilter extends Filter<ILoggingEvent> {
  @Override
  public FilterReply decide(ILoggingEvent event) {
    return LogCapture.isCaptured(event.getLoggerName()) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
