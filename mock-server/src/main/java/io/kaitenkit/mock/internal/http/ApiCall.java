package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.ApiRequest;
import io.kaitenkit.spec.BearerToken;
import io.kaitenkit.spec.Headers;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * A request to the API, as a {@link Dispatcher} sees it. It reads its token once, when it is made: the
 * rate limit, the token check and the emulator each ask for it.
 */
public final class ApiCall {
  private final ApiOperation operation;
  private final String method;
  private final String rawPath;
  private final String query;
  private final Map<String, List<String>> headers;
  private final String body;
  private final Map<String, String> pathParams;
  private final HttpServerRequest request;
  private final RoutingContext routing;
  private final String token;

  /**
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
  public ApiCall(ApiOperation operation, String method, String rawPath, String query,
      Map<String, List<String>> headers, String body, Map<String, String> pathParams,
      HttpServerRequest request, RoutingContext routing) {
    this.operation = operation;
    this.method = method;
    this.rawPath = rawPath;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.pathParams = pathParams;
    this.request = request;
    this.routing = routing;
    this.token = BearerToken.of(header("Authorization"));
  }

  public ApiCall(ApiOperation operation, String method, String rawPath, String query,
      Map<String, List<String>> headers, String body, Map<String, String> pathParams) {
    this(operation, method, rawPath, query, headers, body, pathParams, null, null);
  }

  public ApiOperation operation() {
    return operation;
  }

  public String method() {
    return method;
  }

  public String rawPath() {
    return rawPath;
  }

  public String query() {
    return query;
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  public String body() {
    return body;
  }

  public Map<String, String> pathParams() {
    return pathParams;
  }

  public HttpServerRequest request() {
    return request;
  }

  public RoutingContext routing() {
    return routing;
  }

  public String header(String name) {
    return Headers.first(headers, name);
  }

  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** The token of the {@code Authorization: Bearer} header, or null when it is missing or malformed. */
  public String token() {
    return token;
  }

  /** The request for validation against the contract. */
  public ApiRequest toApiRequest() {
    return new ApiRequest(method, rawPath, query, headers, body);
  }
}
