package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.spec.Violation;
import io.kaitenkit.mock.internal.http.ApiCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns request violations into the one-line message of a 400 answer. */
final class RequestProblems {
  private RequestProblems() {}

  /**
   * {@code Invalid request: path parameter 'user_id' ('abc'): Type expected 'integer', found 'string'.}
   * Messages about one location are joined, so each parameter is named once.
   */
  static String describe(List<Violation> violations, ApiCall call) {
    Map<String, StringBuilder> byLocation = new LinkedHashMap<>();
    for (Violation violation : violations) {
      StringBuilder messages = byLocation.computeIfAbsent(violation.location(), l -> new StringBuilder());
      if (messages.indexOf(violation.message()) < 0) {
        messages.append(messages.length() == 0 ? "" : " ").append(violation.message());
      }
    }
    return byLocation.entrySet().stream()
        .map(entry -> name(entry.getKey(), call) + ": " + entry.getValue())
        .collect(Collectors.joining("; ", "Invalid request: ", ""));
  }

  private static String name(String location, ApiCall call) {
    if (location.startsWith("path '")) {
      String param = location.substring(6, location.length() - 1);
      String value = call.pathParam(param);
      return "path parameter '" + param + "'" + (value == null ? "" : " ('" + shorten(value) + "')");
    }
    return location;
  }

  private static String shorten(String value) {
    return value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }
}
