package io.kaitenkit.mock.internal.emulator.operations;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The query of a request the contract has accepted: the first value of each parameter. */
final class QueryParams {
  private final Map<String, List<String>> values;

  QueryParams(String rawQuery) {
    this.values = rawQuery == null || rawQuery.isEmpty() ? Map.of() : decode(rawQuery);
  }

  /** Decoded; a value with broken percent-encoding ({@code query=%zz}) is taken as written. */
  private static Map<String, List<String>> decode(String rawQuery) {
    try {
      return new QueryStringDecoder(rawQuery, StandardCharsets.UTF_8, false).parameters();
    } catch (IllegalArgumentException e) {
      Map<String, List<String>> raw = new LinkedHashMap<>();
      for (String pair : rawQuery.split("&")) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        raw.computeIfAbsent(name, n -> new ArrayList<>()).add(equals < 0 ? "" : pair.substring(equals + 1));
      }
      return raw;
    }
  }

  String text(String name) {
    List<String> given = values.get(name);
    return given == null || given.isEmpty() ? null : given.get(0);
  }

  /** A non-negative integer; absent or not a number gives the fallback (the contract refused those). */
  int number(String name, int fallback) {
    String text = text(name);
    try {
      return text == null ? fallback : Math.max(0, Integer.parseInt(text.trim()));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  boolean flag(String name) {
    return "true".equalsIgnoreCase(text(name)) || "1".equals(text(name));
  }
}
