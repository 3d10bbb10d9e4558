package io.kaitenkit.mock.internal.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.admin.internal.AdminWire;
import io.kaitenkit.mock.admin.internal.FaultChecks;
import io.kaitenkit.spec.JsonErrors;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The admin API's JSON: journal entries and faults out, faults and small commands in. */
final class AdminJson {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> FAULT_FIELDS = Set.of("id", "operationId", "method", "path", "times", "action");
  private static final Map<String, Set<String>> ACTION_FIELDS = Map.of(
      "delay", Set.of("type", "ms"),
      "status", Set.of("type", "status", "headers", "body"),
      "reset", Set.of("type"),
      "noResponse", Set.of("type"));
  static final String FAULT_EXAMPLE =
      "{\"operationId\": \"removeUserFromGroup\", \"times\": 1, \"action\": {\"type\": \"status\", \"status\": 503}}";

  private AdminJson() {}

  /** Parses a request body, or fails with a message a user can act on. */
  static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("request body is empty; expected JSON");
    }
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("request body is not valid JSON: " + e.getOriginalMessage()
          + JsonErrors.location(e));
    }
  }

  /** Parses a body that must be a JSON object, naming an example of one when it is not. */
  static JsonNode body(String text, String example) {
    JsonNode node = parse(text);
    if (!node.isObject()) {
      throw new IllegalArgumentException("body must be a JSON object like " + example + ", got "
          + kind(node));
    }
    return node;
  }

  /** An integer field within bounds; numbers beyond them (or beyond {@code int}) are refused, never truncated. */
  static int intInRange(JsonNode node, String field, int min, int max) {
    return intInRange(node, field, field, min, max);
  }

  static int intInRange(JsonNode node, String field, String shownName, int min, int max) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()
        || value.asInt() < min || value.asInt() > max) {
      throw new IllegalArgumentException("\"" + shownName + "\" must be an integer " + min + ".." + max + ", got "
          + (value == null ? "nothing" : shorten(value.toString())));
    }
    return value.asInt();
  }

  /** A value quoted in a message, cut to a length that keeps the message readable. */
  static String shorten(String value) {
    return value == null || value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case BOOLEAN -> "a boolean";
      default -> "null";
    };
  }

  static ObjectNode request(RecordedExchange request) {
    ObjectNode node = MAPPER.createObjectNode()
        .put("sequence", request.sequence())
        .put("receivedAt", request.receivedAt().toString())
        .put("method", request.method())
        .put("path", request.path())
        .put("query", request.query());
    ObjectNode headers = node.putObject("headers");
    request.headers().forEach((name, values) -> {
      ArrayNode array = headers.putArray(name);
      values.forEach(array::add);
    });
    node.put("body", request.body())
        .put("status", request.status())
        .put("operationId", request.operationId())
        .put("durationMicros", request.durationMicros());
    ArrayNode violations = node.putArray("violations");
    request.violations().forEach(violation -> violations.addObject()
        .put("location", violation.location()).put("message", violation.message()));
    return node;
  }

  static ObjectNode requests(List<RecordedExchange> requests, long total) {
    ObjectNode node = MAPPER.createObjectNode().put("total", total);
    ArrayNode array = node.putArray("requests");
    requests.forEach(request -> array.add(request(request)));
    return node;
  }

  static ObjectNode fault(Fault fault) {
    return AdminWire.fault(fault);
  }

  static Fault fault(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("body must be a JSON object like " + FAULT_EXAMPLE + ", got " + kind(node));
    }
    node.fieldNames().forEachRemaining(name -> {
      if (!FAULT_FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown fault field '" + shorten(name) + "'; allowed: "
            + List.of("operationId", "method", "path", "times", "action") + ", like " + FAULT_EXAMPLE);
      }
    });
    String operationId = optionalText(node, "operationId");
    String method = optionalText(node, "method");
    String path = optionalText(node, "path");
    if ((operationId == null) == (method == null || path == null)) {
      throw new IllegalArgumentException("a fault matches either \"operationId\" or both \"method\" and \"path\", "
          + "like " + FAULT_EXAMPLE);
    }
    Integer times = node.hasNonNull("times") ? intInRange(node, "times", 1, Integer.MAX_VALUE) : null;
    return new Fault(null, operationId, method == null ? null : method.toUpperCase(Locale.ROOT), path, times,
        action(node.get("action")));
  }

  private static Fault.Action action(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("\"action\" must be a JSON object like {\"type\": \"status\", \"status\": 503}, got "
          + (node == null ? "nothing" : kind(node)));
    }
    String type = optionalText(node, "type");
    if (type == null) {
      throw new IllegalArgumentException("\"action.type\" is required: delay, status, reset or noResponse");
    }
    Set<String> allowed = ACTION_FIELDS.get(type);
    if (allowed == null) {
      throw new IllegalArgumentException("unknown action type '" + shorten(type) + "'; known: delay, status, reset, noResponse");
    }
    node.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException("unknown field 'action." + shorten(name) + "' for type " + type
            + "; allowed: " + allowed);
      }
    });
    return switch (type) {
      case "delay" -> new Fault.Delay(Duration.ofMillis(
          intInRange(node, "ms", "action.ms", 0, (int) FaultChecks.MAX_DELAY.toMillis())));
      case "status" -> new Fault.Respond(intInRange(node, "status", "action.status", 200, 599),
          headers(node.get("headers")), optionalText(node, "body"));
      case "reset" -> new Fault.ResetConnection();
      default -> new Fault.NoResponse();
    };
  }

  private static Map<String, String> headers(JsonNode node) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return headers;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("\"action.headers\" must be a JSON object like {\"Retry-After\": \"1\"}, got "
          + kind(node));
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isTextual()) {
        throw new IllegalArgumentException("\"action.headers\": each value must be a string, got " + kind(field.getValue()));
      }
      headers.put(field.getKey(), field.getValue().asText());
    }
    return headers;
  }

  static void object(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("\"" + what + "\" must be a JSON object, got "
          + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
  }

  static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string, got " + value);
    }
    return value.asText();
  }
}
