package io.kaitenkit.spec.internal;

import io.kaitenkit.spec.ApiResponse;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openapi4j.operation.validator.model.Response;
import org.openapi4j.operation.validator.model.impl.Body;

/** Presents an {@link ApiResponse} to OpenAPI4J with a body that is already parsed. */
final class SpecResponse implements Response {
  private final ApiResponse response;
  private final Body body;

  SpecResponse(ApiResponse response, Body body) {
    this.response = response;
    this.body = body;
  }

  @Override
  public int getStatus() {
    return response.status();
  }

  @Override
  public Body getBody() {
    return body;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Collection<String>> getHeaders() {
    return (Map<String, Collection<String>>) (Map<String, ?>) response.headers();
  }

  @Override
  public Collection<String> getHeaderValues(String name) {
    List<String> values = response.headers().get(name);
    return values == null ? List.of() : values;
  }
}
