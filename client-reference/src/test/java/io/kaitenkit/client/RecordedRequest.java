package io.kaitenkit.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A request as {@link StubServer} received it: the raw path is exactly what came on the request line. */
record RecordedRequest(String method, String rawPath, Map<String, List<String>> headers, String body,
    Instant receivedAt) {

  /** The first value of the header, or null; names compare case-insensitively. */
  String header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElse(null);
  }
}
