package io.kaitenkit.client.internal;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of one URI path segment (RFC 3986). */
public final class PathSegment {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegment() {}

  /**
   * The text as one path segment: every byte of its UTF-8 form other than an unreserved character
   * ({@code A-Z a-z 0-9 - . _ ~}) becomes {@code %XX}, so {@code /}, {@code ?}, {@code #} and {@code %}
   * cannot change the path's meaning.
   */
  public static String encode(String text) {
    StringBuilder encoded = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return encoded.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
