package io.kaitenkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kaitenkit.spec.KaitenApiSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a message may carry by the contract's schemas. The contract allows extra properties (so that
 * the real API may grow), which is why schema validation passes a pact that relies on a field the contract
 * never promised; this finds such fields.
 */
final class ContractFields {
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;

  private ContractFields(JsonNode document) {
    this.document = document;
  }

  /** The schemas of the contract the spec was loaded from. */
  static ContractFields of(KaitenApiSpec spec) {
    try (InputStream in = URI.create(spec.source()).toURL().openStream()) {
      return new ContractFields(YAML.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the contract " + spec.source(), e);
    }
  }

  /**
   * Fields of a JSON response body that the operation's documented response for the status does not define,
   * located as {@code body.avatar_color} or {@code body[0].avatar_color}; empty when the body is not JSON or
   * the status is not documented (schema validation reports those).
   */
  List<String> unknownResponseFields(String operationId, int status, String body) {
    JsonNode operation = operation(operationId);
    if (operation == null || body == null) {
      return List.of();
    }
    JsonNode response = resolve(operation.path("responses").path(Integer.toString(status)));
    return unknownFields(jsonSchemaOf(response), body);
  }

  /** The names of the properties that some schema of the contract declares {@code nullable}. */
  Set<String> nullableAttributes() {
    Set<String> names = new HashSet<>();
    collectNullable(document, names);
    return Set.copyOf(names);
  }

  private static void collectNullable(JsonNode node, Set<String> names) {
    node.path("properties").properties().forEach(property -> {
      if (property.getValue().path("nullable").asBoolean(false)) {
        names.add(property.getKey());
      }
    });
    node.elements().forEachRemaining(child -> collectNullable(child, names));
  }

  /** Fields of a JSON request body that the operation's request body schema does not define. */
  List<String> unknownRequestFields(String operationId, String body) {
    JsonNode operation = operation(operationId);
    if (operation == null || body == null) {
      return List.of();
    }
    return unknownFields(jsonSchemaOf(resolve(operation.path("requestBody"))), body);
  }

  private List<String> unknownFields(JsonNode schema, String body) {
    if (schema == null) {
      return List.of();
    }
    JsonNode value;
    try {
      value = JSON.readTree(body);
    } catch (IOException e) {
      return List.of(); // not JSON: schema validation says so
    }
    List<String> unknown = new ArrayList<>();
    walk(resolve(schema), value, "body", unknown);
    return unknown;
  }

  private void walk(JsonNode schema, JsonNode value, String location, List<String> unknown) {
    if (value.isObject()) {
      Map<String, JsonNode> properties = properties(schema);
      if (properties.isEmpty()) {
        return; // a free-form object
      }
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        JsonNode property = properties.get(field.getKey());
        if (property == null) {
          unknown.add(location + "." + field.getKey());
        } else {
          walk(resolve(property), field.getValue(), location + "." + field.getKey(), unknown);
        }
      }
    } else if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        walk(resolve(schema.get("items")), value.get(i), location + "[" + i + "]", unknown);
      }
    }
  }

  /** The properties a schema defines, its own and those of every {@code allOf} member. */
  private Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    schema.path("properties").properties().forEach(entry -> properties.put(entry.getKey(), entry.getValue()));
    for (JsonNode member : iterable(schema.path("allOf"))) {
      properties.putAll(properties(resolve(member)));
    }
    return properties;
  }

  private JsonNode operation(String operationId) {
    for (JsonNode pathItem : iterable(document.path("paths"))) {
      for (JsonNode operation : iterable(pathItem)) {
        if (operationId.equals(operation.path("operationId").asText(null))) {
          return operation;
        }
      }
    }
    return null;
  }

  private JsonNode jsonSchemaOf(JsonNode responseOrBody) {
    for (Map.Entry<String, JsonNode> entry : responseOrBody.path("content").properties()) {
      if (entry.getKey().startsWith("application/json") || entry.getKey().contains("+json")) {
        return entry.getValue().get("schema");
      }
    }
    return null;
  }

  /** Follows local {@code $ref}s such as {@code #/components/schemas/User}. */
  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current != null && current.has("$ref") && hops < 16; hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only local references are supported, got " + ref);
      }
      current = document.at(ref.substring(1));
    }
    return current;
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node::elements;
  }
}
