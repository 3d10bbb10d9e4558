package io.kaitenkit.mock;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Collects what one logger (and those below it) logs while open, for assertions on log output; while
 * open, {@link CapturedLogsFilter} keeps those events off the console. Close it, or register it on an
 * instance field ({@code @RegisterExtension final LogCapture log = LogCapture.of(...)}) to have it
 * closed after each test. A test class that opens one is {@code @Isolated}: the unit tests' classes run
 * side by side, and a capture collects every event of its logger, whichever test caused it.
 */
public final class LogCapture implements AutoCloseable, AfterEachCallback {
  /** The names of the loggers captured right now, once per open capture. */
  private static final List<String> CAPTURED = new CopyOnWriteArrayList<>();

  private final Logger logger;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture(String loggerName) {
    this.logger = (Logger) LoggerFactory.getLogger(loggerName);
    appender.start();
    logger.addAppender(appender);
    CAPTURED.add(loggerName);
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

  /** Whether an open capture collects the events of this logger. */
  static boolean isCaptured(String loggerName) {
    for (String captured : CAPTURED) {
      if (captured.equals(Logger.ROOT_LOGGER_NAME) || loggerName.equals(captured) || loggerName.startsWith(captured + ".")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    CAPTURED.remove(logger.getName());
    logger.detachAppender(appender);
    appender.stop();
  }
}
