package io.kaitenkit.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.core.model.matchingrules.NullMatcher;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What the client expects in Kaiten's answers, with matchers rather than fixed values where Kaiten's data
 * may differ (a real space has other users), so that one pact holds for the mock and for the real API.
 */
final class PactBodies {
  /** ISO 8601 as Kaiten sends it: {@code 2026-01-15T10:00:00.000Z}. */
  static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})";
  static final String JSON = "application/json(;.*)?";
  static final String TEXT = "text/plain(;.*)?";
  static final String INTEGER = "\\d+";

  /** The attributes the contract's schemas declare {@code nullable}: a pact accepts null for them. */
  private static final Set<String> NULLABLE = ContractFields.of(KaitenApiSpec.bundled()).nullableAttributes();

  private PactBodies() {}

  /** Alan Turing of the demo fixture, as a {@code User} with a matcher per attribute. */
  static PactDslJsonBody alan() {
    return user(new PactDslJsonBody(), Demo.ALAN, "Alan Turing", "alan@acme.example", "alan", "AT", false);
  }

  /** Grace Hopper of the demo fixture. */
  static PactDslJsonBody grace() {
    return user(new PactDslJsonBody(), Demo.GRACE, "Grace Hopper", "grace@acme.example", "grace", "GH", true);
  }

  /** A non-empty array of members ({@code UserExtended}), each like Alan. */
  static DslPart members() {
    PactDslJsonBody each = PactDslJsonArray.arrayMinLike(1);
    return extended(user(each, Demo.ALAN, "Alan Turing", "alan@acme.example", "alan", "AT", false)).closeObject();
  }

  /**
   * A body like the contract's example: each attribute matched by its type (a timestamp by its format, a
   * null as null or text), a list as at least one element like the example's first. The contract's examples
   * are what the pacts expect, so a pact promises nothing the contract does not.
   */
  static DslPart like(JsonNode example) {
    if (example.isArray()) {
      PactDslJsonBody each = PactDslJsonArray.arrayMinLike(1);
      attributes(each, example.get(0));
      return each.closeObject();
    }
    PactDslJsonBody body = new PactDslJsonBody();
    attributes(body, example);
    return body;
  }

  private static void attributes(PactDslJsonBody body, JsonNode object) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (value.isNull()) {
        body.or(name, null, NullMatcher.INSTANCE, new RegexMatcher(".*", ""));
      } else if (NULLABLE.contains(name) && value.isValueNode()) {
        body.or(name, value.isTextual() ? value.asText() : value.numberValue() != null ? value.numberValue()
            : value.asBoolean(), NullMatcher.INSTANCE, TypeMatcher.INSTANCE);
      } else if (value.isIntegralNumber()) {
        body.integerType(name, value.asLong());
      } else if (value.isNumber()) {
        body.decimalType(name, value.asDouble());
      } else if (value.isBoolean()) {
        body.booleanType(name, value.asBoolean());
      } else if (value.isTextual()) {
        if (value.asText().matches(TIMESTAMP)) {
          body.stringMatcher(name, TIMESTAMP, value.asText());
        } else {
          body.stringType(name, value.asText());
        }
      } else if (value.isObject()) {
        PactDslJsonBody nested = body.object(name);
        attributes(nested, value);
        nested.closeObject();
      } else if (value.isArray() && value.isEmpty()) {
        body.minArrayLike(name, 0, PactDslJsonRootValue.stringType("example"), 0);
      } else {
        throw new IllegalArgumentException("no matcher for the example's attribute '" + name + "': " + value);
      }
    }
  }

  /** {@code {"message": "…"}}: the text is Kaiten's to choose, the attribute is not. */
  static PactDslJsonBody message(String example) {
    return new PactDslJsonBody().stringType("message", example);
  }

  /** The three attributes a {@code UserExtended} of the member and admin lists adds to a {@code User}. */
  private static PactDslJsonBody extended(PactDslJsonBody user) {
    return user
        .or("delete_confirmation_sent_at", null, NullMatcher.INSTANCE, new RegexMatcher(".*", ""))
        .integerType("sd_telegram_id", 0)
        .booleanType("news_subscription", false);
  }

  /** The contract's 19 attributes of a {@code User}, each with a type, format or enum matcher. */
  private static PactDslJsonBody user(PactDslJsonBody body, long id, String fullName, String email,
      String username, String initials, boolean virtual) {
    return body
        .integerType("id", id)
        .stringType("full_name", fullName)
        .stringType("email", email)
        .stringType("username", username)
        .stringType("avatar_initials_url", "https://acme.kaiten.ru/avatars/initials/" + initials + ".png")
        .or("avatar_uploaded_url", null, NullMatcher.INSTANCE, new RegexMatcher(".*", ""))
        .stringType("initials", initials)
        .integerType("avatar_type", 2)
        .stringType("lng", "en")
        .stringType("timezone", "Europe/London")
        .stringMatcher("theme", "light|dark|auto", "light")
        .stringMatcher("updated", TIMESTAMP, "2026-01-01T00:00:00.000Z")
        .stringMatcher("created", TIMESTAMP, "2026-01-01T00:00:00.000Z")
        .booleanType("activated", !virtual)
        .integerType("ui_version", 2)
        .booleanType("virtual", virtual)
        .or("email_blocked", null, NullMatcher.INSTANCE, new RegexMatcher(".*", ""))
        .or("email_blocked_reason", null, NullMatcher.INSTANCE, new RegexMatcher(".*", ""))
        .or("delete_requested_at", null, NullMatcher.INSTANCE, new RegexMatcher(".*", ""));
  }
}
