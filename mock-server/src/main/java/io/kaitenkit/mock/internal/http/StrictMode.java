package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.internal.emulator.Reply;
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks every reply of the emulator against the contract and logs what departs from it. */
final class StrictMode {
  private static final Logger LOG = LoggerFactory.getLogger(StrictMode.class);

  private final KaitenApiSpec spec;

  StrictMode(KaitenApiSpec spec) {
    this.spec = spec;
  }

  List<Violation> check(String operationId, Reply reply) {
    ApiResponse response = ApiResponse.of(reply.status());
    if (reply.contentType() != null) {
      response = response.withHeader("Content-Type", reply.contentType());
    }
    for (var header : reply.headers().entrySet()) {
      response = response.withHeader(header.getKey(), header.getValue());
    }
    if (reply.body() != null) {
      response = response.withBody(reply.bodyText());
    }
    List<Violation> violations = spec.validateResponse(operationId, response);
    if (!violations.isEmpty()) {
      LOG.error("Strict mode: {} answered {} against the contract: {}", operationId, reply.status(),
          violations);
    }
    return violations;
  }
}
