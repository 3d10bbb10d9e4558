package io.kaitenkit.mock.internal.proxy;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Turns an answer's bytes, as they went to the client, into text for the contract check: undoes a
 * gzip or deflate {@code Content-Encoding} (never beyond the limit, so a small bomb stays small) and
 * honours the {@code charset} of the {@code Content-Type}, UTF-8 by default.
 */
final class ResponseBodies {
  private ResponseBodies() {}

  /** The text; null for an empty body. */
  static String text(Buffer bytes, String contentEncoding, String contentType, int limit) throws UnreadableBody {
    if (bytes.length() == 0) {
      return null;
    }
    byte[] decoded = decode(bytes.getBytes(), contentEncoding, limit);
    return new String(decoded, charset(contentType));
  }

  private static byte[] decode(byte[] raw, String contentEncoding, int limit) throws UnreadableBody {
    String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
    try {
      return switch (encoding) {
        case "identity", "" -> raw;
        case "gzip", "x-gzip" -> readBounded(new GZIPInputStream(new ByteArrayInputStream(raw)), limit);
        case "deflate" -> inflate(raw, limit);
        default -> throw new UnreadableBody("Content-Encoding '" + contentEncoding + "' is not one the proxy decodes");
      };
    } catch (IOException e) {
      throw new UnreadableBody("the " + encoding + " body does not decode: " + e.getMessage());
    }
  }

  /** HTTP's "deflate" is zlib-wrapped, but some servers send raw deflate; try both. */
  private static byte[] inflate(byte[] raw, int limit) throws IOException, UnreadableBody {
    try {
      return readBounded(new InflaterInputStream(new ByteArrayInputStream(raw)), limit);
    } catch (IOException zlibFailed) {
      return readBounded(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)), limit);
    }
  }

  private static byte[] readBounded(InputStream in, int limit) throws IOException, UnreadableBody {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      int read;
      while ((read = in.read(chunk)) != -1) {
        if (out.size() + read > limit) {
          throw new UnreadableBody("larger than " + limit + " bytes once decoded");
        }
        out.write(chunk, 0, read);
      }
      return out.toByteArray();
    }
  }

  private static Charset charset(String contentType) {
    if (contentType != null) {
      for (String parameter : contentType.split(";")) {
        String[] pair = parameter.trim().split("=", 2);
        if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
          try {
            return Charset.forName(pair[1].trim().replace("\"", ""));
          } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** Why a body could not be turned into text for the check. */
  static final class UnreadableBody extends Exception {
    UnreadableBody(String why) {
      super(why, null, false, false);
    }
  }
}
