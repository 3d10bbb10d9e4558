package io.kaitenkit.mock.admin.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.spec.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin API's JSON for the values both sides share. Faults are written the same way by the mock
 * and by the HTTP client; what the mock answers is read back here, trusting its shape (the mock checks
 * what it is sent, the client only what it gets).
 */
public final class AdminWire {
  private AdminWire() {}

  /** A fault as {@code POST /__admin/faults} takes it and {@code GET /__admin/faults} lists it. */
  public static ObjectNode fault(Fault fault) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (fault.id() != null) {
      node.put("id", fault.id());
    }
    if (fault.operationId() != null) {
      node.put("operationId", fault.operationId());
    } else {
      node.put("method", fault.method()).put("path", fault.pathGlob());
    }
    if (fault.times() != null) {
      node.put("times", fault.times());
    }
    ObjectNode action = node.putObject("action");
    if (fault.action() instanceof Fault.Delay delay) {
      action.put("type", "delay").put("ms", delay.delay().toMillis());
    } else if (fault.action() instanceof Fault.Respond respond) {
      action.put("type", "status").put("status", respond.status());
      ObjectNode headers = action.putObject("headers");
      respond.headers().forEach(headers::put);
      action.put("body", respond.body());
    } else if (fault.action() instanceof Fault.ResetConnection) {
      action.put("type", "reset");
    } else {
      action.put("type", "noResponse");
    }
    return node;
  }

  static Fault readFault(JsonNode node) {
    JsonNode action = node.path("action");
    Fault.Action parsed = switch (action.path("type").asText()) {
      case "delay" -> new Fault.Delay(Duration.ofMillis(action.path("ms").asLong()));
      case "status" -> new Fault.Respond(action.path("status").asInt(), textMap(action.path("headers")),
          text(action, "body"));
      case "reset" -> new Fault.ResetConnection();
      default -> new Fault.NoResponse();
    };
    return new Fault(text(node, "id"), text(node, "operationId"), text(node, "method"), text(node, "path"),
        node.hasNonNull("times") ? node.get("times").asInt() : null, parsed);
  }

  static RecordedExchange readExchange(JsonNode node) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    node.path("headers").properties().forEach(header -> {
      List<String> values = new ArrayList<>();
      header.getValue().forEach(value -> values.add(value.asText()));
      headers.put(header.getKey(), values);
    });
    return new RecordedExchange(node.path("sequence").asLong(), Instant.parse(node.path("receivedAt").asText()),
        text(node, "method"), text(node, "path"), text(node, "query"), headers, text(node, "body"),
        node.path("status").asInt(), text(node, "operationId"), node.path("durationMicros").asLong(),
        violations(node.path("violations")));
  }

  static ProxyDrift readDrift(JsonNode node) {
    List<ProxyDrift.Row> rows = new ArrayList<>();
    node.path("operations").forEach(row -> rows.add(new ProxyDrift.Row(text(row, "operationId"),
        row.path("status").asInt(), row.path("conforming").asLong(), row.path("violating").asLong(),
        violations(row.path("violations")))));
    return new ProxyDrift(rows, node.path("unmatched").asLong(), texts(node.path("unmatchedRequests")),
        node.path("upstreamFailures").asLong(), texts(node.path("upstreamFailureMessages")));
  }

  private static List<Violation> violations(JsonNode array) {
    List<Violation> violations = new ArrayList<>();
    array.forEach(item -> violations.add(new Violation(item.path("location").asText(), item.path("message").asText())));
    return violations;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static Map<String, String> textMap(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    object.properties().forEach(field -> map.put(field.getKey(), field.getValue().asText()));
    return map;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
