package io.kaitenkit.mock.internal.journal;

import io.kaitenkit.mock.internal.state.TokenRedaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies request headers for the journal with every credential shortened to a harmless prefix. */
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

  static String redactValue(String name, String value) {
    // Compared without lower-casing: this runs for every header of every request.
    if (name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("proxy-authorization")) {
      return TokenRedaction.redactAuthorization(value);
    }
    if (name.equalsIgnoreCase("cookie") || name.equalsIgnoreCase("x-api-key") || containsToken(name)) {
      return TokenRedaction.redact(value);
    }
    return value;
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
