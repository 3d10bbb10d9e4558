package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the {@link ApiCall}s the HTTP layer would hand to the emulator. */
final class Calls {
  private final ApiOperation operation;
  private final String basePath;
  private final Map<String, String> pathParams = new HashMap<>();
  private final TreeMap<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private String body;

  private Calls(KaitenApiSpec spec, String operationId) {
    this.operation = spec.operation(operationId);
    this.basePath = spec.basePath();
  }

  static Calls to(KaitenApiSpec spec, String operationId) {
    return new Calls(spec, operationId);
  }

  Calls path(String name, Object value) {
    pathParams.put(name, value.toString());
    return this;
  }

  Calls token(String token) {
    return header("Authorization", "Bearer " + token);
  }

  Calls header(String name, String value) {
    headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    return this;
  }

  Calls json(String json) {
    this.body = json;
    return header("Content-Type", "application/json");
  }

  ApiCall build() {
    String rawPath = basePath + operation.path();
    for (Map.Entry<String, String> param : pathParams.entrySet()) {
      rawPath = rawPath.replace("{" + param.getKey() + "}", param.getValue());
    }
    return new ApiCall(operation, operation.method(), rawPath, null, headers, body, Map.copyOf(pathParams));
  }
}
