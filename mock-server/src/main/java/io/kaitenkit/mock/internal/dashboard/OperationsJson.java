package io.kaitenkit.mock.internal.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.DocumentedResponse;
import io.kaitenkit.spec.KaitenApiSpec;

/**
 * {@code GET /__admin/operations}: every operation of the contract with its documented statuses, and
 * for each the request that reaches it in the current state ({@link SendRecipes}).
 */
final class OperationsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OperationsJson() {}

  /** @param state the state's fixture JSON, or the part of it {@link DemoFacts} reads ({@link StateFacts}) */
  static String of(KaitenApiSpec spec, JsonNode state) {
    SendRecipes recipes = new SendRecipes(DemoFacts.of(state), spec.basePath());
    ObjectNode root = MAPPER.createObjectNode().put("basePath", spec.basePath());
    ArrayNode operations = root.putArray("operations");
    for (ApiOperation operation : spec.operations()) {
      ObjectNode node = operations.addObject()
          .put("operationId", operation.id())
          .put("method", operation.method())
          .put("path", operation.path())
          .put("assumption", operation.assumption());
      ArrayNode statuses = node.putArray("statuses");
      for (DocumentedResponse response : operation.responses().values()) {
        ObjectNode status = statuses.addObject()
            .put("status", response.status())
            .put("description", response.description())
            .put("mockOnly", response.mockOnly())
            .put("assumption", response.assumption());
        JsonNode send = recipes.recipe(operation, response.status());
        status.set("send", send);
      }
    }
    return root.toString();
  }
}
