package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.ApiRequest;
import java.util.List;
import java.util.Map;

/**
 * A request to one operation of the contract, as the emulator sees it.
 *
 * @param rawPath the path as received, still percent-encoded
 * @param headers header values by name, case-insensitive
 * @param body the body text, or null
 * @param pathParams decoded path parameters by name
 */
public record ApiCall(
    ApiOperation operation,
    String method,
    String rawPath,
    String query,
    Map<String, List<String>> headers,
    String body,
    Map<String, String> pathParams) {

  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** The request for validation against the contract. */
  public ApiRequest toApiRequest() {
    return new ApiRequest(method, rawPath, query, headers, body);
  }
}
