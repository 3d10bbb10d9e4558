package io.kaitenkit.mock.admin;

import io.kaitenkit.spec.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request the mock received, as the journal keeps it. Tokens in headers are redacted.
 *
 * @param sequence the request's number since the mock started, from 1
 * @param receivedAt when the request arrived
 * @param method the HTTP method
 * @param path the raw path, e.g. {@code /api/latest/groups/developers/users/42}
 * @param query the raw query string, or null
 * @param headers the request headers, tokens redacted
 * @param body the request body as text, or null
 * @param status the status answered; 0 when no response was sent (a fault dropped or reset it)
 * @param operationId the contract's operation, or null when the path is not one of the contract's
 * @param durationMicros time from arrival to the end of the response
 * @param violations what strict mode (or the proxy) found wrong, empty when all conformed
 */
public record RecordedExchange(
    long sequence,
    Instant receivedAt,
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    String body,
    int status,
    String operationId,
    long durationMicros,
    List<Violation> violations) {

  public RecordedExchange {
    headers = Map.copyOf(headers);
    violations = List.copyOf(violations);
  }

  /** The first value of the named header (case-insensitive), or null. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "#" + sequence + " " + method + " " + path + (query == null ? "" : "?" + query) + " -> "
        + (status == 0 ? "no response" : status)
        + (operationId == null ? "" : " (" + operationId + ")")
        + (violations.isEmpty() ? "" : " violations=" + violations);
  }
}
