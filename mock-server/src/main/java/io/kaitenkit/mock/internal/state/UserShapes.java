package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The two company-level shapes of a user, built when asked for (one user, or a page of at most 100):
 * {@code CurrentUser} ({@code GET /users/current}) and {@code UsersListRow} ({@code GET /users}).
 * Both start with the basic attributes from {@code id} to {@code ui_version}, as Kaiten lists them.
 */
public final class UserShapes {
  /** Role: 1 owner (the mock's company admins), 2 user, 3 deactivated. */
  public static final int OWNER = 1;
  public static final int USER = 2;
  public static final int DEACTIVATED = 3;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> BASIC = UserProfiles.ATTRIBUTES.subList(0,
      UserProfiles.ATTRIBUTES.indexOf("ui_version") + 1);
  private static final List<String> CURRENT_USER = List.of("company_id", "telegram_id", "telegram_settings",
      "user_id", "default_space_id", "permissions", "role", "email_frequency", "email_settings", "slack_id",
      "slack_settings", "notification_settings", "notification_enabled_channels", "slack_private_channel_id",
      "telegram_sd_bot_enabled", "invite_last_sent_at", "apps_permissions", "external", "last_request_date",
      "last_request_method", "has_password");
  private static final List<String> LIST_ROW = List.of("company_id", "user_id", "default_space_id",
      "permissions", "role", "email_frequency", "email_settings", "slack_id", "slack_settings",
      "notification_settings", "notification_enabled_channels", "slack_private_channel_id",
      "telegram_sd_bot_enabled", "invite_last_sent_at", "apps_permissions", "external", "last_request_date",
      "last_request_method");

  private UserShapes() {}

  /** The acting user as {@code GET /users/current} answers them. */
  public static Buffer currentUser(UserRecord user, CompanyRecord company, long effectivePermissions) {
    return write(build(user, company, effectivePermissions, CURRENT_USER));
  }

  /** One row of {@code GET /users}. */
  public static ObjectNode listRow(UserRecord user, CompanyRecord company, long effectivePermissions) {
    return build(user, company, effectivePermissions, LIST_ROW);
  }

  /** The user's role: the fixture's, else 3 when deactivated, 1 for a company admin, 2 otherwise. */
  public static int role(UserRecord user) {
    JsonNode given = user.account() == null ? null : user.account().get("role");
    if (given != null) {
      return given.asInt();
    }
    return !user.activated() ? DEACTIVATED : user.companyAdmin() ? OWNER : USER;
  }

  /** The user as {@code CurrentUser}, for checking a fixture's account attributes against the contract. */
  static ObjectNode currentUserNode(UserRecord user, CompanyRecord company) {
    return build(user, company, user.permissions(), CURRENT_USER);
  }

  private static ObjectNode build(UserRecord user, CompanyRecord company, long permissions, List<String> shape) {
    ObjectNode profile = user.profile();
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    BASIC.forEach(attribute -> out.set(attribute, profile.get(attribute)));
    for (String attribute : shape) {
      JsonNode given = user.account() == null ? null : user.account().get(attribute);
      out.set(attribute, given != null ? given : defaultOf(attribute, user, company, permissions, profile));
    }
    return out;
  }

  private static JsonNode defaultOf(String attribute, UserRecord user, CompanyRecord company, long permissions,
      ObjectNode profile) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    return switch (attribute) {
      case "company_id" -> json.numberNode(company.id());
      case "telegram_id" -> json.numberNode(0);
      case "telegram_settings", "email_settings" -> json.objectNode();
      case "user_id" -> json.numberNode(user.id());
      case "permissions" -> json.numberNode(permissions);
      case "role" -> json.numberNode(role(user));
      case "email_frequency" -> json.numberNode(2); // instantly
      case "notification_enabled_channels" -> json.arrayNode();
      case "telegram_sd_bot_enabled", "external" -> json.booleanNode(false);
      case "invite_last_sent_at" -> profile.get("created");
      case "apps_permissions" -> json.textNode("1");
      case "has_password" -> json.booleanNode(true);
      default -> json.nullNode(); // default_space_id, slack_*, notification_settings, last_request_*
    };
  }

  /** A JSON value as bytes. */
  public static Buffer write(JsonNode node) {
    try {
      return Buffer.buffer(MAPPER.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a user shape cannot be written", e);
    }
  }
}
