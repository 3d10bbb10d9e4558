package io.kaitenkit.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bundled contract as a plain YAML tree, for the facts {@link KaitenApiSpec} does not expose. */
final class ContractYaml {
  static final JsonNode ROOT = read();
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private ContractYaml() {}

  private static JsonNode read() {
    try (InputStream in = ContractYaml.class.getClassLoader().getResourceAsStream(KaitenApiSpec.BUNDLED_RESOURCE)) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Follows a local {@code $ref} ({@code #/components/...}); other nodes are answered as they are. */
  static JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = ROOT.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  /** Every operation object by its operation id, in document order. */
  static Map<String, JsonNode> operations() {
    Map<String, JsonNode> operations = new LinkedHashMap<>();
    ROOT.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
      if (METHODS.contains(entry.getKey())) {
        operations.put(entry.getValue().get("operationId").asText(), entry.getValue());
      }
    }));
    return operations;
  }

  /** The names of the parameters an operation takes: path, query and its body's top-level properties. */
  static Set<String> parameterNames(String operationId) {
    Set<String> names = new LinkedHashSet<>();
    ROOT.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
      JsonNode op = entry.getValue();
      if (METHODS.contains(entry.getKey()) && operationId.equals(op.get("operationId").asText())) {
        for (JsonNode list : List.of(path.getValue().path("parameters"), op.path("parameters"))) {
          list.forEach(parameter -> names.add(resolve(parameter).get("name").asText()));
        }
        JsonNode body = op.at("/requestBody/content/application~1json/schema");
        if (!body.isMissingNode()) {
          resolve(body).path("properties").fieldNames().forEachRemaining(names::add);
        }
      }
    }));
    return names;
  }

  static JsonNode schema(String name) {
    JsonNode schema = ROOT.at("/components/schemas/" + name);
    if (schema.isMissingNode()) {
      throw new IllegalArgumentException("no schema " + name);
    }
    return schema;
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
