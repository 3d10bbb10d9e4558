package io.kaitenkit.mock.internal.state;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Kaiten's timestamps: ISO-8601 UTC instants with milliseconds, {@code 2026-01-01T00:00:00.000Z}. */
public final class Timestamps {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** The last instant {@link #now} formatted; one field, so that a reader never pairs a time with another's text. */
  private static volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

  private record Formatted(long epochMilli, String text) {}

  private Timestamps() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * The current instant. Writes to the state ask for it many times a millisecond under load, and
   * formatting cost a PATCH about 4% of its time, so the text of the last millisecond is kept.
   */
  public static String now() {
    long epochMilli = System.currentTimeMillis();
    Formatted known = last;
    if (known.epochMilli != epochMilli) {
      known = new Formatted(epochMilli, format(Instant.ofEpochMilli(epochMilli)));
      last = known;
    }
    return known.text;
  }

  /** True when the text is an ISO-8601 instant such as {@code 2026-01-01T00:00:00Z}. */
  static boolean valid(String text) {
    try {
      Instant.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
