package io.kaitenkit.spec.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decodes a request path one segment at a time, so that an encoded slash inside a path
 * parameter ({@code %2F}) stays inside its segment instead of splitting it.
 */
public final class PathSegments {
  private PathSegments() {}

  /**
   * The path with every segment decoded and every decoded {@code /} written back as {@code %2F}.
   *
   * @throws IllegalArgumentException naming the bad escape when the path is not well encoded
   */
  public static String decode(String rawPath) {
    if (rawPath.indexOf('%') < 0) {
      return rawPath;
    }
    StringBuilder out = new StringBuilder(rawPath.length());
    int start = 0;
    while (start <= rawPath.length()) {
      int end = rawPath.indexOf('/', start);
      if (end < 0) {
        end = rawPath.length();
      }
      out.append(decodeSegment(rawPath.substring(start, end)).replace("/", "%2F"));
      if (end < rawPath.length()) {
        out.append('/');
      }
      start = end + 1;
    }
    return out.toString();
  }

  /** Decodes one segment; {@code +} stays a plus, as in any path. */
  public static String decodeSegment(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    int i = 0;
    while (i < segment.length()) {
      int percent = segment.indexOf('%', i);
      if (percent < 0) {
        percent = segment.length();
      }
      bytes.writeBytes(segment.substring(i, percent).getBytes(StandardCharsets.UTF_8));
      if (percent == segment.length()) {
        break;
      }
      int high = percent + 2 < segment.length() ? Character.digit(segment.charAt(percent + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(segment.charAt(percent + 2), 16) : -1;
      if (low < 0) {
        String bad = segment.substring(percent, Math.min(percent + 3, segment.length()));
        throw new IllegalArgumentException("malformed percent-encoding '" + bad + "'");
      }
      bytes.write(high * 16 + low);
      i = percent + 3;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
