package io.kaitenkit.mock.internal.emulator.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;

/** The JSON body of a request the contract has accepted. */
final class Bodies {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Bodies() {}

  static JsonNode object(String body) {
    if (body == null || body.isBlank()) {
      return JsonNodeFactory.instance.objectNode();
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("a validated body is not JSON", e);
    }
  }
}
