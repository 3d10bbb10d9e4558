package io.kaitenkit.client.internal;

/** Server-provided text made fit for a one-line message. */
public final class Text {
  private static final int EXCERPT_LENGTH = 200;

  private Text() {}

  /** The text on one line and at most about 200 characters long; {@code (empty)} when there is none. */
  public static String excerpt(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.isEmpty()) {
      return "(empty)";
    }
    if (line.length() <= EXCERPT_LENGTH) {
      return line;
    }
    return line.substring(0, EXCERPT_LENGTH) + "… (" + text.length() + " characters)";
  }
}
