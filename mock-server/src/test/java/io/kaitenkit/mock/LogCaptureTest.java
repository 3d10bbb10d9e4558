package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.parallel.Isolated;

/** What a test captures it asserts on, and the console does not print it; nothing else is held back. */
@Isolated
class LogCaptureTest {
  private final CapturedLogsFilter console = new CapturedLogsFilter();

  @Test
  void aCapturedLoggerAndThoseBelowItStayOffTheConsoleWhileTheCaptureIsOpen() {
    try (LogCapture capture = LogCapture.of("io.kaitenkit.example")) {
      LoggerFactory.getLogger("io.kaitenkit.example.Proxy").error("drift on purpose");

      assertThat(capture.errors()).containsExactly("drift on purpose");
      assertThat(console.decide(event("io.kaitenkit.example.Proxy"))).isEqualTo(FilterReply.DENY);
      assertThat(console.decide(event("io.kaitenkit.example"))).isEqualTo(FilterReply.DENY);
      assertThat(console.decide(event("io.kaitenkit.examples"))).isEqualTo(FilterReply.NEUTRAL);
      assertThat(console.decide(event("io.kaitenkit.other"))).isEqualTo(FilterReply.NEUTRAL);
    }

    assertThat(console.decide(event("io.kaitenkit.example.Proxy"))).isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void twoCapturesOfOneLoggerKeepItQuietUntilBothAreClosed() {
    LogCapture first = LogCapture.of("io.kaitenkit.example");
    try (LogCapture second = LogCapture.of("io.kaitenkit.example")) {
      first.close();
      LoggerFactory.getLogger("io.kaitenkit.example.Proxy").error("still held");

      assertThat(second.errors()).containsExactly("still held");
      assertThat(first.errors()).isEmpty();
      assertThat(console.decide(event("io.kaitenkit.example.Proxy"))).isEqualTo(FilterReply.DENY);
    }

    assertThat(console.decide(event("io.kaitenkit.example.Proxy"))).isEqualTo(FilterReply.NEUTRAL);
  }

  private static LoggingEvent event(String loggerName) {
    Logger logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(loggerName);
    return new LoggingEvent(Logger.class.getName(), logger, Level.ERROR, "message", null, null);
  }
}
