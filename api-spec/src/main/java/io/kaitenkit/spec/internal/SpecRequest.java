package io.kaitenkit.spec.internal;

import io.kaitenkit.spec.ApiRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openapi4j.operation.validator.model.Request;
import org.openapi4j.operation.validator.model.impl.Body;

/** Presents an {@link ApiRequest} to OpenAPI4J, with the path already percent-decoded per segment. */
final class SpecRequest implements Request {
  private final ApiRequest request;
  private final String decodedPath;
  private final Body body;

  SpecRequest(ApiRequest request, String decodedPath, Body body) {
    this.request = request;
    this.decodedPath = decodedPath;
    this.body = body;
  }

  @Override
  public String getURL() {
    return request.query() == null ? request.path() : request.path() + "?" + request.query();
  }

  @Override
  public String getPath() {
    return decodedPath;
  }

  @Override
  public Method getMethod() {
    return Method.getMethod(request.method());
  }

  @Override
  public Body getBody() {
    return body;
  }

  @Override
  public String getQuery() {
    return request.query();
  }

  @Override
  public Map<String, String> getCookies() {
    return Map.of();
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Collection<String>> getHeaders() {
    return (Map<String, Collection<String>>) (Map<String, ?>) request.headers();
  }

  @Override
  public Collection<String> getHeaderValues(String name) {
    List<String> values = request.headers().get(name);
    return values == null ? List.of() : values;
  }
}
