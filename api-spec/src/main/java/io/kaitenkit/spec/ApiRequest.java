package io.kaitenkit.spec;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as the contract sees it.
 *
 * @param method the HTTP method, any case
 * @param path the raw (still percent-encoded) path, including the base path {@code /api/latest}
 * @param query the raw query string without {@code ?}, or null
 * @param headers header values by name; names compare case-insensitively
 * @param body the body as text, or null when there is none
 */
public record ApiRequest(
    String method, String path, String query, Map<String, List<String>> headers, String body) {

  public ApiRequest {
    requireNonNull(method, "method == null");
    requireNonNull(path, "path == null");
    headers = Headers.copyOf(headers);
  }

  /** A request without headers or body. */
  public static ApiRequest of(String method, String path) {
    return new ApiRequest(method, path, null, Map.of(), null);
  }

  /** This request with one more header value. */
  public ApiRequest withHeader(String name, String value) {
    return new ApiRequest(method, path, query, Headers.with(headers, name, value), body);
  }

  /** This request with the given body. */
  public ApiRequest withBody(String newBody) {
    return new ApiRequest(method, path, query, headers, newBody);
  }

  /** The first value of the named header, or null. */
  public String header(String name) {
    return Headers.first(headers, name);
  }
}
