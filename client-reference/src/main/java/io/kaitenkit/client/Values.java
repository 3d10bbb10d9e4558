package io.kaitenkit.client;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only copies of the JSON objects and arrays that records hold; JSON values may be null. */
final class Values {
  private Values() {}

  static Map<String, Object> map(Map<String, Object> map, String name) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(map, name + " == null")));
  }

  static List<Object> list(List<Object> list, String name) {
    return Collections.unmodifiableList(new ArrayList<>(requireNonNull(list, name + " == null")));
  }
}
