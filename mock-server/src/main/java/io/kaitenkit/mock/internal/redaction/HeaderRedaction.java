package io.kaitenkit.mock.internal.redaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies request headers for the journal with every credential shortened to a harmless prefix: the
 * authorization headers, cookies, API keys, any header whose name says token, and any header at all
 * whose value is a {@code Bearer} or {@code Basic} credential (custom headers carry them too).
 */
public final class HeaderRedaction {
  private HeaderRedaction() {}

  public static Map<String, List<String>> redact(Iterable<Map.Entry<String, String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : headers) {
      copy.computeIfAbsent(header.getKey(), k -> new ArrayList<>(1))
          .add(redactValue(header.getKey(), header.getValue()));
    }
    copy.replaceAll((name, values) -> List.copyOf(values));
    return copy;
  }

  /** The value as the journal keeps it. */
  public static String redactValue(String name, String value) {
    // Compared without lower-casing: this runs for every header of every request.
    if (name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("proxy-authorization")
        || hasCredentialScheme(value)) {
      return TokenRedaction.redactAuthorization(value);
    }
    if (name.equalsIgnoreCase("cookie") || name.equalsIgnoreCase("x-api-key") || containsToken(name)) {
      return TokenRedaction.redact(value);
    }
    return value;
  }

  private static boolean hasCredentialScheme(String value) {
    if (value == null) {
      return false;
    }
    int start = 0;
    while (start < value.length() && value.charAt(start) == ' ') {
      start++;
    }
    return value.regionMatches(true, start, "Bearer ", 0, 7) || value.regionMatches(true, start, "Basic ", 0, 6);
  }

  private static boolean containsToken(String name) {
    for (int i = 0; i + 5 <= name.length(); i++) {
      if (name.regionMatches(true, i, "token", 0, 5)) {
        return true;
      }
    }
    return false;
  }
}
