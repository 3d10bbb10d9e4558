package io.kaitenkit.mock;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects what one logger logs while open, for assertions on log output. */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture(String loggerName) {
    this.logger = (Logger) LoggerFactory.getLogger(loggerName);
    appender.start();
    logger.addAppender(appender);
  }

  /** Starts collecting the events of the named logger. */
  public static LogCapture of(String loggerName) {
    return new LogCapture(loggerName);
  }

  /** The formatted messages logged at ERROR so far. */
  public List<String> errors() {
    synchronized (appender.list) {
      return appender.list.stream()
          .filter(event -> event.getLevel() == Level.ERROR)
          .map(ILoggingEvent::getFormattedMessage)
          .toList();
    }
  }

  /** Every message logged so far, at any level, with the text of its exception if it had one. */
  public List<String> messages() {
    synchronized (appender.list) {
      return appender.list.stream()
          .map(event -> event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
              : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
          .toList();
    }
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    appender.stop();
  }
}
