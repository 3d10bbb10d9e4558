package io.kaitenkit.mock.internal.proxy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.admin.ProxyDrift;

/** The drift summary as {@code GET /__admin/drift} answers it. */
public final class DriftJson {
  private DriftJson() {}

  public static ObjectNode of(ProxyDrift report) {
    ObjectNode node = JsonNodeFactory.instance.objectNode()
        .put("hasDrift", report.hasDrift())
        .put("conforming", report.conforming())
        .put("violating", report.violating())
        .put("unmatched", report.unmatched())
        .put("upstreamFailures", report.upstreamFailures())
        .put("summary", report.summary());
    ArrayNode operations = node.putArray("operations");
    for (ProxyDrift.Row row : report.rows()) {
      ObjectNode entry = operations.addObject()
          .put("operationId", row.operationId())
          .put("status", row.status())
          .put("conforming", row.conforming())
          .put("violating", row.violating());
      ArrayNode violations = entry.putArray("violations");
      row.violations().forEach(violation -> violations.addObject()
          .put("location", violation.location()).put("message", violation.message()));
    }
    ArrayNode unmatched = node.putArray("unmatchedRequests");
    report.unmatchedRequests().forEach(unmatched::add);
    ArrayNode failures = node.putArray("upstreamFailureMessages");
    report.upstreamFailureMessages().forEach(failures::add);
    return node;
  }
}
