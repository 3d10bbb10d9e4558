package io.kaitenkit.mock.internal.proxy;

import io.kaitenkit.spec.ApiRequest;
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import java.util.List;
import java.util.Map;

/**
 * Both directions of a proxied exchange against the contract. Findings name their direction
 * ({@code request header 'Authorization': …}, {@code response body: Field 'email' is required.}), as
 * the journal and the drift summary show them side by side.
 */
final class ContractCheck {
  private final KaitenApiSpec spec;

  ContractCheck(KaitenApiSpec spec) {
    this.spec = spec;
  }

  List<Violation> request(String operationId, String method, String rawPath, String rawQuery,
      Map<String, List<String>> headers, String body) {
    ApiRequest request = new ApiRequest(method, rawPath, rawQuery, headers, body);
    return prefixed("request", spec.validateRequest(operationId, request));
  }

  List<Violation> response(String operationId, int status, Map<String, List<String>> headers, String body) {
    return prefixed("response", spec.validateResponse(operationId, new ApiResponse(status, headers, body)));
  }

  /** For an answer whose body could not be read: only its status can be judged. */
  List<Violation> responseUnread(String operationId, int status, String why) {
    Violation unread = new Violation("response body", "not validated: " + why);
    if (spec.documents(operationId, status)) {
      return List.of(unread);
    }
    Violation undocumented = spec.validateResponse(operationId, ApiResponse.of(status)).get(0);
    return List.of(new Violation("response " + undocumented.location(), undocumented.message()), unread);
  }

  private static List<Violation> prefixed(String direction, List<Violation> violations) {
    return violations.stream()
        .map(violation -> new Violation(direction + " " + violation.location(), violation.message()))
        .toList();
  }
}
