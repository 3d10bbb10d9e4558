package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The user attributes a fixture may give, and the defaults for those it leaves out: the basic
 * {@code User}, the three more of {@code UserExtended}, and the company-level ones of
 * {@code CurrentUser} and {@code UsersListRow}.
 */
final class UserProfiles {
  /** The contract's attribute order, which is also the order the mock writes them in. */
  static final List<String> ATTRIBUTES = List.of("id", "full_name", "email", "username",
      "avatar_initials_url", "avatar_uploaded_url", "initials", "avatar_type", "lng", "timezone",
      "theme", "updated", "created", "activated", "ui_version", "virtual", "email_blocked",
      "email_blocked_reason", "delete_requested_at");

  /** What {@code UserExtended} adds to the basic attributes, in the contract's order. */
  static final List<String> EXTENDED = List.of("delete_confirmation_sent_at", "sd_telegram_id",
      "news_subscription");

  /**
   * The company-level attributes of {@code CurrentUser} and {@code UsersListRow} a fixture may give;
   * {@code company_id} comes from the company and {@code permissions} are the effective bits.
   */
  static final List<String> ACCOUNT = List.of("telegram_id", "telegram_settings", "user_id",
      "default_space_id", "role", "email_frequency", "email_settings", "slack_id", "slack_settings",
      "notification_settings", "notification_enabled_channels", "slack_private_channel_id",
      "telegram_sd_bot_enabled", "invite_last_sent_at", "apps_permissions", "external", "last_request_date",
      "last_request_method", "has_password");

  /** Attributes of the emulator, not of the API: who the user belongs to and what they may do. */
  static final List<String> META = List.of("company", "company_admin", "permissions");

  /** The extended tail of a user who gives none of {@link #EXTENDED}, shared by all of them. */
  static final Buffer DEFAULT_EXTENDED_TAIL = extendedTail(JsonNodeFactory.instance.objectNode());

  static final Set<String> REQUIRED = Set.of("id", "company", "full_name", "email");

  private static final String DEFAULT_TIMESTAMP = "2026-01-01T00:00:00.000Z";

  private UserProfiles() {}

  /** The user as the API shows it: the fixture's attributes in contract order, defaults filled in. */
  static ObjectNode profile(JsonNode fixtureUser, String company) {
    ObjectNode profile = JsonNodeFactory.instance.objectNode();
    String fullName = fixtureUser.path("full_name").asText("");
    String email = fixtureUser.path("email").asText("");
    String initials = initialsOf(fullName);
    for (String attribute : ATTRIBUTES) {
      JsonNode given = fixtureUser.get(attribute);
      profile.set(attribute, given != null ? given : defaultOf(attribute, company, email, initials));
    }
    return profile;
  }

  /** What follows the basic attributes in a {@code UserExtended}, closing brace included. */
  static Buffer extendedTail(JsonNode fixtureUser) {
    boolean givesAny = false;
    ObjectNode extended = JsonNodeFactory.instance.objectNode();
    for (String attribute : EXTENDED) {
      JsonNode given = fixtureUser.get(attribute);
      givesAny |= given != null;
      extended.set(attribute, given != null ? given : extendedDefault(attribute));
    }
    if (!givesAny && DEFAULT_EXTENDED_TAIL != null) {
      return DEFAULT_EXTENDED_TAIL;
    }
    String object = extended.toString();
    return Buffer.buffer("," + object.substring(1));
  }

  /** The fixture's {@link #ACCOUNT} attributes, or null when it gives none (the common case). */
  static ObjectNode account(JsonNode fixtureUser) {
    ObjectNode account = null;
    for (String attribute : ACCOUNT) {
      JsonNode given = fixtureUser.get(attribute);
      if (given != null) {
        if (account == null) {
          account = JsonNodeFactory.instance.objectNode();
        }
        account.set(attribute, given);
      }
    }
    return account;
  }

  /** The lower-cased text {@code GET /users?query=} searches: full name, email and username. */
  static String searchKey(ObjectNode profile) {
    return (profile.path("full_name").asText() + "\n" + profile.path("email").asText() + "\n"
        + profile.path("username").asText()).toLowerCase(Locale.ROOT);
  }

  private static JsonNode extendedDefault(String attribute) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    return switch (attribute) {
      case "sd_telegram_id" -> json.numberNode(0);
      case "news_subscription" -> json.booleanNode(false);
      default -> json.nullNode(); // delete_confirmation_sent_at
    };
  }

  private static JsonNode defaultOf(String attribute, String company, String email, String initials) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    return switch (attribute) {
      case "username" -> json.textNode(email.contains("@") ? email.substring(0, email.indexOf('@')) : email);
      case "avatar_initials_url" -> json.textNode(
          "https://" + company + ".kaiten.ru/avatars/initials/" + initials + ".png");
      case "initials" -> json.textNode(initials);
      case "avatar_type" -> json.numberNode(2);
      case "lng" -> json.textNode("en");
      case "timezone" -> json.textNode("UTC");
      case "theme" -> json.textNode("auto");
      case "updated", "created" -> json.textNode(DEFAULT_TIMESTAMP);
      case "activated" -> json.booleanNode(true);
      case "ui_version" -> json.numberNode(2);
      case "virtual" -> json.booleanNode(false);
      default -> json.nullNode(); // the nullable attributes; required ones are checked before
    };
  }

  /** The first letters of the first two words, upper-cased: "Ada Lovelace" gives "AL". */
  private static String initialsOf(String fullName) {
    StringBuilder initials = new StringBuilder(2);
    boolean atWordStart = true;
    for (int i = 0; i < fullName.length() && initials.length() < 2; ) {
      int codePoint = fullName.codePointAt(i);
      if (Character.isWhitespace(codePoint)) {
        atWordStart = true;
      } else if (atWordStart) {
        initials.appendCodePoint(codePoint);
        atWordStart = false;
      }
      i += Character.charCount(codePoint);
    }
    return initials.toString().toUpperCase(Locale.ROOT);
  }
}
