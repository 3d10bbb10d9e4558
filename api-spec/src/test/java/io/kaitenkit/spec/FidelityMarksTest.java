package io.kaitenkit.spec;

import static io.kaitenkit.spec.ContractYaml.ROOT;
import static io.kaitenkit.spec.ContractYaml.fieldNames;
import static io.kaitenkit.spec.ContractYaml.schema;
import static io.kaitenkit.spec.ContractYaml.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract tells what Kaiten documents, what comes only from the secondary extraction of its documentation
 * ({@code x-kaiten-source}) and what the kit assumes ({@code x-kaiten-assumption}).
 */
class FidelityMarksTest {
  private static final String ASSUMPTION = "x-kaiten-assumption";
  private static final String SOURCE = "x-kaiten-source";
  private final KaitenApiSpec spec = KaitenApiSpec.bundled();

  @Test
  void everyAssumptionIsASentenceOfText() {
    List<String> where = new ArrayList<>();
    collect(ROOT, "", where);

    assertThat(where).hasSizeGreaterThan(25);
    where.forEach(path -> {
      JsonNode value = ROOT.at(path);
      assertThat(value.isTextual()).as(path + " is text").isTrue();
      assertThat(value.asText().strip()).as(path).hasSizeGreaterThan(30).endsWith(".");
    });
  }

  @Test
  void theDocumentStatesTheOrderOfItsChecks() {
    String order = ROOT.get(ASSUMPTION).asText();

    assertThat(order).containsSubsequence("(401)", "(400)", "Prefer: code=N", "(429)", "(402", "(403)", "(404)",
        "changes nothing");
  }

  @Test
  void everyOperationSaysWhereItsFactsComeFrom() {
    Map<String, JsonNode> operations = ContractYaml.operations();
    List<String> secondary = new ArrayList<>();
    List<String> mixed = new ArrayList<>();
    operations.forEach((id, op) -> {
      String source = op.path(SOURCE).asText();
      assertThat(source).as(id).isIn("documented", "secondary", "mixed");
      if (!source.equals("secondary")) {
        assertThat(op.path("x-kaiten-docs").asText()).as(id + " names its page").matches("[a-z-]+/[a-z-]+");
      }
      if (source.equals("mixed")) {
        assertThat(op.path("x-kaiten-secondary").asText()).as(id + " says what is secondary").isNotBlank();
        mixed.add(id);
      }
      if (source.equals("secondary")) {
        secondary.add(id);
      }
    });

    assertThat(secondary).containsExactly("getGroup", "removeGroup", "listGroupUsers", "addUserToGroup",
        "removeAdminFromGroup");
    assertThat(mixed).containsExactly("updateGroup", "addAdminToGroup", "getCurrentUser", "listUsers");
  }

  @Test
  void everyOperationThatChecksPermissionSaysWhoMay() {
    for (ApiOperation operation : spec.operations()) {
      if (operation.id().equals("getCurrentUser") || operation.id().equals("listUsers")) {
        continue; // their 403 is about the token's own user: see the response's assumption
      }
      assertThat(operation.assumption()).as(operation.id())
          .contains("company admin", "bit 1", "403");
    }
    for (String managedByGroupAdmins : List.of("getGroup", "listGroupUsers", "addUserToGroup", "removeUserFromGroup",
        "listGroupAdmins", "addAdminToGroup", "removeAdminFromGroup")) {
      assertThat(spec.operation(managedByGroupAdmins).assumption()).as(managedByGroupAdmins)
          .contains("an admin of that group");
    }
    assertThat(spec.operation("listUsers").assumption()).contains("company admin", "bit 1");
    assertThat(spec.operation("updateGroup").assumption()).contains("an admin of the group included) gets 403");
    assertThat(spec.operation("removeGroup").assumption()).contains("an admin of the group included) gets 403");
  }

  @Test
  void theChosenBehavioursAreNamed() {
    assertThat(spec.operation("removeGroup").assumption()).contains("removes its memberships and admin entries",
        "stop counting at once");
    assertThat(spec.operation("addUserToGroup").assumption()).contains("already a member", "changes nothing",
        "another company", "404", "{\"user_id\": integer}");
    assertThat(spec.operation("addAdminToGroup").assumption()).contains("already an admin", "changes nothing",
        "need not be a member", "adds no membership", "404");
    assertThat(spec.operation("removeAdminFromGroup").assumption()).contains("not an admin of the", "404");
    assertThat(spec.operation("createGroup").assumption()).contains("next integer id", "random UUID");
    assertThat(spec.operation("updateGroup").assumption()).contains("sets `updated`");
    assertThat(spec.operation("listGroups").assumption()).contains("ascending id", "case-insensitively");
    assertThat(spec.operation("listUsers").assumption()).contains("share a group with them", "above",
        "100 is 400", "include_inactive=true", "ascending id");
    assertThat(ROOT.at("/components/parameters/Uid/" + ASSUMPTION).asText()).contains("random UUID");
    assertThat(ROOT.at("/components/headers/X-RateLimit-Reset/" + ASSUMPTION).asText()).contains("milliseconds");
    assertThat(spec.operation("getCurrentUser").response(403).assumption()).contains("deactivated");
    assertThat(spec.operation("listUsers").response(403).assumption()).contains("deactivated");
    for (String id : List.of("listGroups", "createGroup", "getCurrentUser")) {
      assertThat(spec.operation(id).response(404).assumption()).as(id).contains("only to `Prefer: code=404`");
    }
  }

  @Test
  void attributesFromTheSecondarySourceAreTypedButNotRequired() {
    for (String name : List.of("Group", "User", "CurrentUser", "UsersListRow")) {
      JsonNode schema = schema(name);
      List<String> required = texts(schema.get("required"));
      List<String> secondary = new ArrayList<>();
      schema.get("properties").properties().forEach(property -> {
        assertThat(property.getValue().has("type") || property.getValue().has("$ref"))
            .as(name + "." + property.getKey() + " typed").isTrue();
        if ("secondary".equals(property.getValue().path(SOURCE).asText())) {
          secondary.add(property.getKey());
          assertThat(required).as(name + " requires the secondary " + property.getKey()).doesNotContain(property.getKey());
        } else {
          assertThat(required).as(name + " requires the documented " + property.getKey()).contains(property.getKey());
        }
      });
      if (!secondary.isEmpty()) {
        assertThat(schema.path(ASSUMPTION).asText()).as(name + " says why").contains("not required");
      }
    }
    assertThat(secondaryOf("CurrentUser")).containsExactly("last_request_method", "has_password");
    assertThat(secondaryOf("UsersListRow")).containsExactly("email_frequency", "email_settings", "slack_id",
        "slack_settings", "notification_settings", "notification_enabled_channels", "slack_private_channel_id",
        "telegram_sd_bot_enabled", "invite_last_sent_at", "apps_permissions", "external", "last_request_date",
        "last_request_method");
  }

  @Test
  void shapesHaveExactlyTheDocumentedAttributes() {
    assertThat(fieldNames(schema("Group").get("properties"))).containsExactly("name", "permissions", "updated",
        "created", "id", "uid", "add_to_cards_and_spaces_enabled");
    JsonNode extended = schema("UserExtended").get("allOf");
    assertThat(extended.get(0).get("$ref").asText()).isEqualTo("#/components/schemas/User");
    assertThat(fieldNames(extended.get(1).get("properties")))
        .containsExactly("delete_confirmation_sent_at", "sd_telegram_id", "news_subscription");
    assertThat(texts(extended.get(1).get("required")))
        .containsExactly("delete_confirmation_sent_at", "sd_telegram_id", "news_subscription");

    List<String> basicUpToUiVersion = fieldNames(schema("User").get("properties")).subList(0, 15);
    assertThat(basicUpToUiVersion).endsWith("ui_version");
    List<String> current = fieldNames(schema("CurrentUser").get("properties"));
    assertThat(current.subList(0, 15)).isEqualTo(basicUpToUiVersion);
    assertThat(current.subList(15, current.size())).containsExactly("company_id", "telegram_id", "telegram_settings",
        "user_id", "default_space_id", "permissions", "role", "email_frequency", "email_settings", "slack_id",
        "slack_settings", "notification_settings", "notification_enabled_channels", "slack_private_channel_id",
        "telegram_sd_bot_enabled", "invite_last_sent_at", "apps_permissions", "external", "last_request_date",
        "last_request_method", "has_password");
    List<String> row = new ArrayList<>(current);
    row.removeAll(List.of("telegram_id", "telegram_settings", "has_password"));
    assertThat(fieldNames(schema("UsersListRow").get("properties"))).isEqualTo(row);
  }

  @Test
  void sharedAttributesAreDefinedAlike() {
    JsonNode user = schema("User").get("properties");
    JsonNode current = schema("CurrentUser").get("properties");
    JsonNode row = schema("UsersListRow").get("properties");
    user.fieldNames().forEachRemaining(name -> {
      if (current.has(name)) {
        assertThat(current.get(name)).as("CurrentUser." + name).isEqualTo(user.get(name));
      }
      if (row.has(name)) {
        assertThat(row.get(name)).as("UsersListRow." + name).isEqualTo(user.get(name));
      }
    });
    current.fieldNames().forEachRemaining(name -> {
      if (row.has(name)) {
        assertThat(withoutSource(row.get(name))).as("UsersListRow." + name).isEqualTo(withoutSource(current.get(name)));
      }
    });
  }

  @Test
  void groupPermissionsDescribeEveryDocumentedBit() {
    String bits = schema("GroupPermissions").get("description").asText();

    for (int bit : new int[] {1, 2, 4, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536,
        131072, 262144, 524288}) {
      assertThat(bits).contains("| " + bit + " |");
    }
    assertThat(bits).doesNotContain("| 8 |").contains("| 1 | Administrative section \"Members\" |");
    assertThat(schema("Group").at("/properties/permissions/$ref").asText())
        .isEqualTo("#/components/schemas/GroupPermissions");
  }

  private static List<String> secondaryOf(String name) {
    List<String> secondary = new ArrayList<>();
    schema(name).get("properties").properties().forEach(property -> {
      if (property.getValue().has(SOURCE)) {
        secondary.add(property.getKey());
      }
    });
    return secondary;
  }

  private static JsonNode withoutSource(JsonNode property) {
    JsonNode copy = property.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(SOURCE);
    return copy;
  }

  /** The JSON pointers of every {@code x-kaiten-assumption} in the document. */
  private static void collect(JsonNode node, String pointer, List<String> where) {
    if (node.isObject()) {
      node.properties().forEach(field -> {
        String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        if (field.getKey().equals(ASSUMPTION)) {
          where.add(child);
        }
        collect(field.getValue(), child, where);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, where);
      }
    }
  }
}
