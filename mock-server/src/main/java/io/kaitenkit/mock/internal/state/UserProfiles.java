package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The {@code User} attributes a fixture may give, and the defaults for those it leaves out. */
final class UserProfiles {
  /** The contract's attribute order, which is also the order the mock writes them in. */
  static final List<String> ATTRIBUTES = List.of("id", "full_name", "email", "username",
      "avatar_initials_url", "avatar_uploaded_url", "initials", "avatar_type", "lng", "timezone",
      "theme", "updated", "created", "activated", "ui_version", "virtual", "email_blocked",
      "email_blocked_reason", "delete_requested_at");

  /** Attributes of the emulator, not of the API: who the user belongs to and what they may do. */
  static final List<String> META = List.of("company", "company_admin", "permissions");

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
