package io.kaitenkit.spec;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * An HTTP response as the contract sees it.
 *
 * @param status the status code
 * @param headers header values by name; names compare case-insensitively
 * @param body the body as text, or null when there is none
 */
public record ApiResponse(int status, Map<String, List<String>> headers, String body) {

  public ApiResponse {
    headers = Headers.copyOf(headers);
  }

  /** A response without headers or body. */
  public static ApiResponse of(int status) {
    return new ApiResponse(status, Map.of(), null);
  }

  /** This response with one more header value. */
  public ApiResponse withHeader(String name, String value) {
    requireNonNull(value, "value == null");
    return new ApiResponse(status, Headers.with(headers, name, value), body);
  }

  /** This response with the given body. */
  public ApiResponse withBody(String newBody) {
    return new ApiResponse(status, headers, newBody);
  }

  /** The first value of the named header, or null. */
  public String header(String name) {
    return Headers.first(headers, name);
  }
}
