package io.kaitenkit.mock.internal.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.spec.ApiOperation;
import java.util.Map;
import java.util.TreeMap;

/**
 * For one documented (operation, status), the real request that reaches it in the current state: the
 * token of a user in the right situation where the state has one, otherwise the demo admin with
 * {@code Prefer: code=N}, which the mock answers for every documented status (and says so).
 */
final class SendRecipes {
  static final String UNKNOWN_TOKEN = "not-a-known-token";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final DemoFacts facts;
  private final String basePath;

  SendRecipes(DemoFacts facts, String basePath) {
    this.facts = facts;
    this.basePath = basePath;
  }

  /** {@code {method, path, headers, body, how, prefer}}; null when the state has nobody to send it as. */
  ObjectNode recipe(ApiOperation operation, int status) {
    if (facts == null) {
      return null;
    }
    String path = operation.path();
    boolean groupPath = path.startsWith("/groups/") || path.startsWith("/company/groups");
    boolean groupParam = path.contains("{group_uid}") || path.contains("{uid}");
    DemoFacts.Actor as = facts.admin();
    String userId = null;
    boolean malformed = false;
    if (status / 100 == 2) {
      // the success of the documented happy path
    } else if (status == 401) {
      as = new DemoFacts.Actor(UNKNOWN_TOKEN, "a token the mock does not know");
    } else if (status == 400 && path.contains("{user_id}")) {
      userId = "abc";
    } else if (status == 400 && hasBody(operation)) {
      malformed = true;
    } else if (status == 402 && facts.noTariff() != null && groupPath) {
      as = facts.noTariff();
    } else if (status == 403 && facts.noPermission() != null && groupPath) {
      as = facts.noPermission();
    } else if (status == 403 && facts.deactivated() != null && path.equals("/users/current")) {
      as = facts.deactivated();
    } else if (status == 404 && facts.otherCompany() != null && groupParam) {
      as = facts.otherCompany();
    } else {
      return prefer(operation, status);
    }
    ObjectNode recipe = request(operation, as, userId, malformed);
    recipe.put("how", (malformed ? "a body that breaks the contract, " : userId != null ? "user_id=abc, " : "")
        + "as " + as.token() + " (" + as.description() + ")");
    recipe.put("prefer", false);
    return recipe;
  }

  private ObjectNode prefer(ApiOperation operation, int status) {
    ObjectNode recipe = request(operation, facts.admin(), null, false);
    ((ObjectNode) recipe.get("headers")).put("Prefer", "code=" + status);
    recipe.put("how", "Prefer: code=" + status + " as " + facts.admin().token()
        + ": the documented answer, state untouched (no user in the state reaches it by itself)");
    recipe.put("prefer", true);
    return recipe;
  }

  private ObjectNode request(ApiOperation operation, DemoFacts.Actor as, String userId, boolean malformed) {
    String path = operation.path();
    boolean removing = operation.method().equals("DELETE");
    String group = removing && path.equals("/company/groups/{uid}") && facts.spareGroupUid() != null
        ? facts.spareGroupUid() : facts.groupUid();
    String user = userId != null ? userId : String.valueOf(!removing ? facts.outsider()
        : path.contains("/admins/") && facts.groupAdmin() != null ? facts.groupAdmin() : facts.member());
    String filled = path.replace("{group_uid}", group).replace("{uid}", group).replace("{user_id}", user);
    Map<String, String> headers = new TreeMap<>();
    headers.put("Authorization", "Bearer " + as.token());
    ObjectNode recipe = MAPPER.createObjectNode()
        .put("method", operation.method())
        .put("path", basePath + filled);
    String body = malformed ? "[]" : body(operation);
    body = body == null ? null : body.replace("USER", user);
    if (body != null) {
      headers.put("Content-Type", "application/json");
      recipe.put("body", body);
    }
    ObjectNode headerNode = recipe.putObject("headers");
    headers.forEach(headerNode::put);
    return recipe;
  }

  private static boolean hasBody(ApiOperation operation) {
    return body(operation) != null;
  }

  /** A valid body for the operations that take one. */
  private static String body(ApiOperation operation) {
    String path = operation.path();
    return switch (operation.method()) {
      case "POST" -> path.endsWith("/users") || path.endsWith("/admins") ? "{\"user_id\":USER}"
          : path.equals("/company/groups") ? "{\"name\":\"Made in the dashboard\"}" : null;
      case "PATCH", "PUT" -> "{\"name\":\"Renamed in the dashboard\"}";
      default -> null;
    };
  }
}
