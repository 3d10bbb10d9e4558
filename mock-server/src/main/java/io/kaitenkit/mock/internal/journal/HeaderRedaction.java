package io.kaitenkit.mock.internal.journal;

import io.kaitenkit.mock.internal.state.TokenRedaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("authorization") || lower.equals("proxy-authorization")) {
      return TokenRedaction.redactAuthorization(value);
    }
    if (lower.contains("token") || lower.equals("cookie") || lower.equals("x-api-key")) {
      return TokenRedaction.redact(value);
    }
    return value;
  }
}
