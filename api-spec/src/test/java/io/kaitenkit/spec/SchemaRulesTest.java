package io.kaitenkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shape of the groups area flags a missing required attribute, a wrong type, a value outside an enum and
 * a null where none is allowed, and accepts what Kaiten documents as optional or nullable. Every case starts
 * from the contract's own example of the shape.
 */
class SchemaRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();

  static Stream<Arguments> departures() {
    return Stream.of(
        flagged("Group", "getGroup", o -> o.remove("uid"), "", "Field 'uid' is required."),
        flagged("Group", "getGroup", o -> o.put("id", "10"), "id", "Type expected 'integer', found 'string'."),
        flagged("Group", "getGroup", o -> o.put("permissions", -1), "permissions", "Minimum is '0', found '-1'."),
        flagged("Group", "getGroup", o -> o.put("add_to_cards_and_spaces_enabled", "no"),
            "add_to_cards_and_spaces_enabled", "Type expected 'boolean', found 'string'."),
        flagged("Group", "getGroup", o -> o.putNull("name"), "name", "Null value is not allowed."),
        flagged("Group", "getGroup", o -> o.put("created", "yesterday"), "created",
            "Value 'yesterday' does not match format 'date-time'."),

        flagged("UserExtended", "listGroupAdmins", o -> o.remove("news_subscription"), "",
            "Field 'news_subscription' is required."),
        flagged("UserExtended", "listGroupAdmins", o -> o.remove("email"), "", "Field 'email' is required."),
        flagged("UserExtended", "listGroupAdmins", o -> o.put("sd_telegram_id", "7"), "sd_telegram_id",
            "Type expected 'integer', found 'string'."),
        flagged("UserExtended", "listGroupAdmins", o -> o.put("avatar_type", 4), "avatar_type",
            "Value '4' is not defined in the schema."),
        flagged("UserExtended", "listGroupAdmins", o -> o.putNull("news_subscription"), "news_subscription",
            "Null value is not allowed."),

        flagged("CurrentUser", "getCurrentUser", o -> o.remove("company_id"), "", "Field 'company_id' is required."),
        flagged("CurrentUser", "getCurrentUser", o -> o.put("telegram_settings", "on"), "telegram_settings",
            "Type expected 'object', found 'string'."),
        flagged("CurrentUser", "getCurrentUser", o -> o.put("role", 4), "role", "Value '4' is not defined in the schema."),
        flagged("CurrentUser", "getCurrentUser", o -> o.put("email_frequency", 3), "email_frequency",
            "Value '3' is not defined in the schema."),
        flagged("CurrentUser", "getCurrentUser", o -> o.put("theme", "pink"), "theme",
            "Value 'pink' is not defined in the schema."),
        flagged("CurrentUser", "getCurrentUser", o -> o.putNull("telegram_id"), "telegram_id",
            "Null value is not allowed."),
        flagged("CurrentUser", "getCurrentUser", o -> o.put("has_password", "yes"), "has_password",
            "Type expected 'boolean', found 'string'."),

        flagged("UsersListRow", "listUsers", o -> o.remove("role"), "", "Field 'role' is required."),
        flagged("UsersListRow", "listUsers", o -> o.put("user_id", true), "user_id",
            "Type expected 'integer', found 'boolean'."),
        flagged("UsersListRow", "listUsers", o -> o.put("role", 0), "role", "Value '0' is not defined in the schema."),
        flagged("UsersListRow", "listUsers", o -> o.put("ui_version", 3), "ui_version",
            "Value '3' is not defined in the schema."),
        flagged("UsersListRow", "listUsers", o -> o.putNull("permissions"), "permissions", "Null value is not allowed."),
        flagged("UsersListRow", "listUsers", o -> o.put("email_frequency", 0), "email_frequency",
            "Value '0' is not defined in the schema."),

        flagged("Message", "listUsers400", o -> o.remove("message"), "", "Field 'message' is required."),
        flagged("Message", "listUsers400", o -> o.put("message", 1), "message", "Type expected 'string', found 'integer'."));
  }

  static Stream<Arguments> allowed() {
    return Stream.of(
        accepted("Group", "getGroup", o -> o.put("users_count", 3)),
        accepted("UserExtended", "listGroupAdmins", o -> o.put("delete_confirmation_sent_at", "2026-01-01T00:00:00Z")),
        accepted("UserExtended", "listGroupAdmins", o -> o.put("avatar_uploaded_url", "https://x/y.png")),
        accepted("CurrentUser", "getCurrentUser", o -> o.remove(java.util.List.of("last_request_method", "has_password"))),
        accepted("CurrentUser", "getCurrentUser", o -> o.put("default_space_id", 7).putNull("slack_settings")),
        accepted("CurrentUser", "getCurrentUser", o -> o.put("virtual", false)),
        accepted("UsersListRow", "listUsers", o -> o.remove(java.util.List.of("email_frequency", "email_settings",
            "slack_id", "slack_settings", "notification_settings", "notification_enabled_channels",
            "slack_private_channel_id", "telegram_sd_bot_enabled", "invite_last_sent_at", "apps_permissions",
            "external", "last_request_date", "last_request_method"))),
        accepted("UsersListRow", "listUsers", o -> o.put("last_request_method", "POST").put("slack_id", 5)));
  }

  @ParameterizedTest(name = "{0}: {3} {4}")
  @MethodSource("departures")
  void aDepartureFromTheShapeIsFlagged(String schema, String exampleOf, Consumer<ObjectNode> change,
      String location, String message) throws Exception {
    ObjectNode value = example(exampleOf);
    assertThat(SPEC.validateSchema(schema, value)).as("the example itself").isEmpty();
    change.accept(value);

    assertThat(SPEC.validateSchema(schema, value)).containsExactly(new Violation(location, message));
  }

  @ParameterizedTest(name = "{0} #{index}")
  @MethodSource("allowed")
  void whatTheShapeAllowsConforms(String schema, String exampleOf, Consumer<ObjectNode> change) throws Exception {
    ObjectNode value = example(exampleOf);
    change.accept(value);

    assertThat(SPEC.validateSchema(schema, value)).isEmpty();
  }

  /** The first object of an operation's success example, or of its 400 example ({@code listUsers400}). */
  private static ObjectNode example(String exampleOf) throws Exception {
    String text = exampleOf.endsWith("400")
        ? SPEC.operation(exampleOf.substring(0, exampleOf.length() - 3)).response(400).example()
        : SPEC.operation(exampleOf).success().example();
    JsonNode node = JSON.readTree(text);
    return (ObjectNode) (node instanceof ArrayNode array ? array.get(0) : node);
  }

  private static Arguments flagged(String schema, String exampleOf, Consumer<ObjectNode> change, String location,
      String message) {
    return Arguments.of(schema, exampleOf, change, location, message);
  }

  private static Arguments accepted(String schema, String exampleOf, Consumer<ObjectNode> change) {
    return Arguments.of(schema, exampleOf, change);
  }
}
