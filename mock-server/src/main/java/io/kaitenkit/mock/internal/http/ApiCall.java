package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.ApiRequest;
import io.kaitenkit.spec.BearerToken;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * A request to the API, as a {@link Dispatcher} sees it.
 *
 * @param operation the contract's operation, or null when the request matches none
 * @param rawPath the path as received, still percent-encoded
 * @param headers header values by name, case-insensitive
 * @param body the body text, or null
 * @param pathParams decoded path parameters by name
 * @param request the Vert.x request, for a fault that holds its connection open; null when a test
 *     builds the call
 * @param routing its routing context, for a dispatcher that relays it elsewhere (the proxy); null when
 *     a test builds the call or no router saw the request
 */
public record ApiCall(
    ApiOperation operation,
    String method,
    String rawPath,
    String query,
    Map<String, List<String>> headers,
    String body,
    Map<String, String> pathParams,
    HttpServerRequest request,
    RoutingContext routing) {

  public ApiCall(ApiOperation operation, String method, String rawPath, String query,
      Map<String, List<String>> headers, String body, Map<String, String> pathParams) {
    this(operation, method, rawPath, query, headers, body, pathParams, null, null);
  }

  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** The token of the {@code Authorization: Bearer} header, or null when it is missing or malformed. */
  public String token() {
    return BearerToken.of(header("Authorization"));
  }

  /** The request for validation against the contract. */
  public ApiRequest toApiRequest() {
    return new ApiRequest(method, rawPath, query, headers, body);
  }
}
