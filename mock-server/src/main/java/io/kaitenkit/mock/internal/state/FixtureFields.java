package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks of single fixture values, each refusing with a {@link FixtureException} that names the
 * source and the field: {@code team.json: groups[0].permissions: must be an integer bitmask >= 0, got -1}.
 */
final class FixtureFields {
  private final String source;

  FixtureFields(String source) {
    this.source = source;
  }

  /** A top-level field's value as an array; null stands for an empty one. */
  JsonNode array(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return JsonNodeFactory.instance.arrayNode();
    }
    if (!node.isArray()) {
      throw fail(field, "must be an array, got " + node.getNodeType());
    }
    return node;
  }

  JsonNode object(JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      throw fail(at, "must be an object, got " + (node == null ? "nothing" : node.getNodeType()));
    }
    return node;
  }

  void onlyFields(JsonNode node, Set<String> allowed, String at) {
    node.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        throw fail(at.isEmpty() ? name : at + "." + name, "unknown field; allowed: " + sorted(allowed));
      }
    });
  }

  String text(JsonNode node, String field, String at, String fallback) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (fallback != null) {
        return fallback;
      }
      throw fail(at + "." + field, "is required");
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw fail(at + "." + field, "must be a non-empty string, got " + value);
    }
    return value.asText();
  }

  /** A text of at most {@code max} characters; absent gives the fallback. */
  String text(JsonNode node, String field, String at, String fallback, int max) {
    String text = text(node, field, at, fallback);
    if (text.length() > max) {
      throw fail(at + "." + field, "must have at most " + max + " characters, got " + text.length());
    }
    return text;
  }

  /** An ISO-8601 instant; absent gives the fallback. */
  String instant(JsonNode node, String field, String at, String fallback) {
    String text = text(node, field, at, fallback);
    if (!Timestamps.valid(text)) {
      throw fail(at + "." + field, "must be an ISO-8601 UTC instant such as 2026-01-01T00:00:00.000Z, got '"
          + text + "'");
    }
    return text;
  }

  boolean bool(JsonNode node, String field, String at, boolean fallback) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw fail(at + "." + field, "must be true or false, got " + value);
    }
    return value.asBoolean();
  }

  long positiveId(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong() || value.asLong() < 1) {
      throw fail(at + "." + field, "must be an integer >= 1, got " + value);
    }
    return value.asLong();
  }

  long nonNegative(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return 0;
    }
    if (!value.canConvertToExactIntegral() || !value.canConvertToLong() || value.asLong() < 0) {
      throw fail(at + "." + field, "must be an integer bitmask >= 0, got " + value);
    }
    return value.asLong();
  }

  String reference(String name, Set<String> known, String at, String what) {
    if (!known.contains(name)) {
      throw fail(at, "'" + name + "' is not a " + what + " of this fixture (known: " + known + ")");
    }
    return name;
  }

  FixtureException fail(String at, String problem) {
    return new FixtureException(source + ": " + (at.isEmpty() ? "" : at + ": ") + problem);
  }

  static List<String> sorted(Set<String> names) {
    List<String> list = new ArrayList<>(names);
    list.sort(null);
    return list;
  }
}
