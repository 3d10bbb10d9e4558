package io.kaitenkit.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** A canned answer of {@link StubServer}; a null body means none at all. */
record StubResponse(int status, Map<String, String> headers, String body) {

  static StubResponse json(int status, String body) {
    return new StubResponse(status, Map.of("Content-Type", "application/json"), body);
  }

  static StubResponse text(int status, String body) {
    return new StubResponse(status, Map.of("Content-Type", "text/plain; charset=utf-8"), body);
  }

  static StubResponse empty(int status) {
    return new StubResponse(status, Map.of(), null);
  }

  static StubResponse rateLimited(int remaining, long reset) {
    return empty(429)
        .withHeader("X-RateLimit-Remaining", Integer.toString(remaining))
        .withHeader("X-RateLimit-Reset", Long.toString(reset));
  }

  StubResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new StubResponse(status, Map.copyOf(more), body);
  }
}
