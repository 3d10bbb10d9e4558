package io.kaitenkit.mock.admin.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks every fault passes, over HTTP and in Java alike; each message names the field (as the
 * admin API's JSON spells it) and what is allowed. A fault that could not be sent as HTTP (a header
 * with CR/LF, a 1xx status), could hang the server (a pathological glob) or could never match is refused
 * when it is added, not when it fires.
 */
public final class FaultChecks {
  /** The longest delay: longer ones are mistakes (minutes for seconds) that hold a connection for days. */
  public static final Duration MAX_DELAY = Duration.ofMinutes(10);
  /** Longer path globs are refused: no path pattern needs more. */
  public static final int MAX_PATH_GLOB = 256;
  static final int MAX_HEADERS = 50;
  static final int MAX_HEADER_VALUE = 4096;
  /** Set by the server from the body it sends; a fault that set them would break the answer's framing. */
  private static final Set<String> FRAMING_HEADERS = Set.of("content-length", "transfer-encoding", "connection",
      "keep-alive", "upgrade", "te", "trailer");

  private FaultChecks() {}

  public static void status(int status) {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("\"action.status\" must be 200..599, got " + status
          + (status >= 100 && status < 200 ? " (a 1xx is not a final answer)" : ""));
    }
  }

  public static void delay(Duration delay) {
    if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException("\"action.ms\" must be 0.." + MAX_DELAY.toMillis() + " (10 minutes), got "
          + delay.toMillis());
    }
  }

  public static void headers(Map<String, String> headers) {
    if (headers.size() > MAX_HEADERS) {
      throw new IllegalArgumentException("\"action.headers\" may hold at most " + MAX_HEADERS + " headers, got "
          + headers.size());
    }
    headers.forEach((name, value) -> {
      if (name == null || name.isEmpty() || !name.chars().allMatch(FaultChecks::isTokenChar)) {
        throw new IllegalArgumentException("\"action.headers\": a header name must be 1 or more of the letters, "
            + "digits and !#$%&'*+-.^_`|~ that HTTP allows (no spaces, colons, CR or LF)");
      }
      if (FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("\"action.headers\": " + name + " is set by the server from the body; "
            + "leave it out");
      }
      if (value == null || value.length() > MAX_HEADER_VALUE || !value.chars().allMatch(FaultChecks::isValueChar)) {
        throw new IllegalArgumentException("\"action.headers." + name + "\" must be a string of up to "
            + MAX_HEADER_VALUE + " printable ASCII characters (no CR, LF or other control characters)");
      }
    });
  }

  public static void method(String method) {
    if (method.isEmpty() || method.length() > 20 || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z')) {
      throw new IllegalArgumentException("\"method\" must be an HTTP method such as GET or DELETE");
    }
  }

  public static void pathGlob(String glob) {
    if (glob.isEmpty() || glob.length() > MAX_PATH_GLOB || !glob.startsWith("/")
        || !glob.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("\"path\" must be a path glob of 1.." + MAX_PATH_GLOB
          + " printable ASCII characters starting with '/', e.g. /api/latest/groups/**");
    }
  }

  public static void times(Integer times) {
    if (times != null && times < 1) {
      throw new IllegalArgumentException("\"times\" must be an integer 1.." + Integer.MAX_VALUE + ", got " + times);
    }
  }

  private static boolean isTokenChar(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  private static boolean isValueChar(int c) {
    return c == '\t' || c >= 0x20 && c < 0x7f;
  }
}
