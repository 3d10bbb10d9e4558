package io.kaitenkit.spec.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Immutable, case-insensitive header maps for the request and response values. */
public final class Headers {
  private Headers() {}

  public static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
    if (headers == null || headers.isEmpty()) {
      return Map.of();
    }
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), Headers::concat));
    return Collections.unmodifiableMap(copy);
  }

  public static Map<String, List<String>> with(
      Map<String, List<String>> headers, String name, String value) {
    requireNonNull(name, "name == null");
    requireNonNull(value, "value == null");
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    copy.merge(name, List.of(value), Headers::concat);
    return Collections.unmodifiableMap(copy);
  }

  public static String first(Map<String, List<String>> headers, String name) {
    // copyOf and with always wrap a case-insensitive TreeMap, so get() ignores case.
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
