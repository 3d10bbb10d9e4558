package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fixture's users: each is checked on its own (fields, id, profile against the contract's
 * {@code User}, and, where the fixture gives them, its extended and company-level attributes against
 * {@code UserExtended} and {@code CurrentUser}), then added in document order against the users before
 * it and the companies.
 */
final class UserFixtures {
  static final Set<String> FIELDS = fields();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final KaitenApiSpec spec;
  private final boolean checksExtended;
  private final boolean checksAccount;

  /**
   * One user checked on its own, with its problems in the order they are reported: {@code problem}
   * before the duplicate-id check, {@code companyProblem} after it, {@code schemaProblem} last.
   */
  record Check(long id, UserRecord record, FixtureException problem, FixtureException companyProblem,
      FixtureException schemaProblem) {
    static Check problemAfterId(long id, FixtureException companyProblem) {
      return new Check(id, null, null, companyProblem, null);
    }
  }

  UserFixtures(KaitenApiSpec spec) {
    this.spec = spec;
    this.checksExtended = hasSchema(spec, "UserExtended");
    this.checksAccount = hasSchema(spec, "CurrentUser");
  }

  /** What can be checked of one user on its own; problems are kept, not thrown, to keep document order. */
  Check check(FixtureFields fields, int index, JsonNode node) {
    String at = "users[" + index + "]";
    try {
      JsonNode user = fields.object(node, at);
      fields.onlyFields(user, FIELDS, at);
      for (String required : UserProfiles.REQUIRED) {
        if (!user.hasNonNull(required)) {
          throw fields.fail(at + "." + required, "is required");
        }
      }
      long id = fields.positiveId(user, "id", at);
      String company;
      try {
        company = fields.text(user, "company", at, null);
      } catch (FixtureException e) {
        return Check.problemAfterId(id, e);
      }
      ObjectNode profile = UserProfiles.profile(user, company);
      FixtureException schemaProblem = firstProblem(fields, at, "User", profile);
      UserRecord record = new UserRecord(id, company, fields.bool(user, "company_admin", at, false),
          fields.nonNegative(user, "permissions", at), profile.path("activated").asBoolean(true),
          Buffer.buffer(MAPPER.writeValueAsBytes(profile)), UserProfiles.extendedTail(user),
          UserProfiles.account(user), UserProfiles.searchKey(profile));
      if (schemaProblem == null && checksExtended && record.extendedTail() != UserProfiles.DEFAULT_EXTENDED_TAIL) {
        JsonNode extended = MAPPER.readTree(record.appendExtended(Buffer.buffer()).getBytes());
        schemaProblem = firstProblem(fields, at, "UserExtended", extended);
      }
      if (schemaProblem == null && checksAccount && record.account() != null) {
        ObjectNode current = UserShapes.currentUserNode(record, new CompanyRecord(company, 1, true));
        schemaProblem = firstProblem(fields, at, "CurrentUser", current);
      }
      return new Check(id, record, null, null, schemaProblem);
    } catch (FixtureException e) {
      return new Check(0, null, e, null, null);
    } catch (JsonProcessingException e) {
      return new Check(0, null, fields.fail(at, "cannot be written as JSON: " + e.getOriginalMessage()), null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading bytes held in memory
    }
  }

  /** Adds a checked user, checking what needs the users before it and the companies. */
  static void add(FixtureFields fields, Map<Long, UserRecord> users, Check check, Set<String> companies) {
    String at = "users[" + users.size() + "]";
    if (check.problem() != null) {
      throw check.problem();
    }
    if (users.containsKey(check.id())) {
      throw fields.fail(at + ".id", check.id() + " is defined twice");
    }
    if (check.companyProblem() != null) {
      throw check.companyProblem();
    }
    fields.reference(check.record().company(), companies, at + ".company", "company");
    if (check.schemaProblem() != null) {
      throw check.schemaProblem();
    }
    users.put(check.id(), check.record());
  }

  private FixtureException firstProblem(FixtureFields fields, String at, String schema, JsonNode value) {
    List<Violation> violations = spec.validateSchema(schema, value);
    if (violations.isEmpty()) {
      return null;
    }
    Violation first = violations.get(0);
    return fields.fail(at + (first.location().isEmpty() ? "" : "." + first.location()), first.message());
  }

  /** Whether the contract has the schema: an older contract without it still reads its fixtures. */
  private static boolean hasSchema(KaitenApiSpec spec, String name) {
    try {
      spec.validateSchema(name, JsonNodeFactory.instance.objectNode());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Set<String> fields() {
    Set<String> allowed = new LinkedHashSet<>(UserProfiles.ATTRIBUTES);
    allowed.addAll(UserProfiles.EXTENDED);
    allowed.addAll(UserProfiles.ACCOUNT);
    allowed.addAll(UserProfiles.META);
    return Set.copyOf(allowed);
  }
}
