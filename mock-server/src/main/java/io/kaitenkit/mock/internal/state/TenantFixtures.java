package io.kaitenkit.mock.internal.state;

import io.kaitenkit.mock.internal.redaction.TokenRedaction;
import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.spec.BearerToken;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Reads the fixture's companies, groups and tokens, checking every reference to a company or a user. */
final class TenantFixtures {
  static final Set<String> COMPANY_FIELDS = Set.of("domain", "id", "tariff");
  static final Set<String> GROUP_FIELDS = Set.of("uid", "id", "company", "name", "permissions",
      "add_to_cards_and_spaces_enabled", "created", "updated", "users", "admins");
  /** Kaiten's limit on a group's name. */
  static final int NAME_MAX = 512;
  /** The {@code created} and {@code updated} of a fixture group that gives none. */
  static final String DEFAULT_TIMESTAMP = "2026-01-01T00:00:00.000Z";

  private final FixtureFields fields;

  TenantFixtures(FixtureFields fields) {
    this.fields = fields;
  }

  /** Companies by domain; a company's id defaults to its position (1, 2, …). */
  Map<String, CompanyRecord> companies(JsonNode array) {
    Map<String, CompanyRecord> companies = new LinkedHashMap<>();
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "companies[" + i + "]";
      JsonNode company = fields.object(array.get(i), at);
      fields.onlyFields(company, COMPANY_FIELDS, at);
      String domain = fields.text(company, "domain", at, null);
      if (companies.containsKey(domain)) {
        throw fields.fail(at + ".domain", "'" + domain + "' is defined twice");
      }
      long id = company.has("id") ? fields.positiveId(company, "id", at) : i + 1L;
      if (!ids.add(id)) {
        throw fields.fail(at + ".id", id + " is used by another company");
      }
      boolean groups = true;
      JsonNode tariff = company.get("tariff");
      if (tariff != null) {
        fields.object(tariff, at + ".tariff");
        fields.onlyFields(tariff, Set.of("groups"), at + ".tariff");
        groups = fields.bool(tariff, "groups", at + ".tariff", true);
      }
      companies.put(domain, new CompanyRecord(domain, id, groups));
    }
    return companies;
  }

  /** Groups by uid; a group's id defaults to its position, its name to its uid. */
  Map<String, GroupRecord> groups(JsonNode array, Map<String, CompanyRecord> companies,
      Map<Long, UserRecord> users) {
    Map<String, GroupRecord> groups = new LinkedHashMap<>();
    Set<Long> groupIds = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "groups[" + i + "]";
      JsonNode group = fields.object(array.get(i), at);
      fields.onlyFields(group, GROUP_FIELDS, at);
      String uid = fields.text(group, "uid", at, null);
      if (groups.containsKey(uid)) {
        throw fields.fail(at + ".uid", "'" + uid + "' is defined twice");
      }
      long id = group.has("id") ? fields.positiveId(group, "id", at) : i + 1L;
      if (!groupIds.add(id)) {
        throw fields.fail(at + ".id", id + " is used by another group");
      }
      String company = fields.reference(fields.text(group, "company", at, null), companies.keySet(),
          at + ".company", "company");
      String created = fields.instant(group, "created", at, DEFAULT_TIMESTAMP);
      GroupAttributes attributes = new GroupAttributes(fields.text(group, "name", at, uid, NAME_MAX),
          fields.nonNegative(group, "permissions", at),
          fields.bool(group, "add_to_cards_and_spaces_enabled", at, false),
          created, fields.instant(group, "updated", at, created));
      Set<Long> members = userIds(group, "users", at, company, users);
      Set<Long> admins = userIds(group, "admins", at, company, users);
      groups.put(uid, new GroupRecord(uid, id, company, attributes, members, admins));
    }
    return groups;
  }

  Map<String, Long> tokens(JsonNode node, Map<Long, UserRecord> users) {
    Map<String, Long> tokens = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return tokens;
    }
    fields.object(node, "tokens");
    Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String token = entry.getKey();
      String at = "tokens['" + TokenRedaction.redact(token) + "']";
      if (!BearerToken.isWellFormed(token)) {
        throw fields.fail(at, "a token must be non-empty printable ASCII without spaces");
      }
      JsonNode user = entry.getValue();
      if (!user.canConvertToExactIntegral() || !users.containsKey(user.asLong())) {
        throw fields.fail(at, "must name a user id of this fixture, got " + user);
      }
      tokens.put(token, user.asLong());
    }
    return tokens;
  }

  private Set<Long> userIds(JsonNode group, String field, String at, String company, Map<Long, UserRecord> users) {
    Set<Long> ids = new LinkedHashSet<>();
    JsonNode array = group.get(field);
    if (array == null || array.isNull()) {
      return ids;
    }
    if (!array.isArray()) {
      throw fields.fail(at + "." + field, "must be an array of user ids, got " + array.getNodeType());
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode id = array.get(i);
      String where = at + "." + field + "[" + i + "]";
      if (!id.canConvertToExactIntegral()) {
        throw fields.fail(where, "must be a user id, got " + id);
      }
      UserRecord user = users.get(id.asLong());
      if (user == null) {
        throw fields.fail(where, "user " + id + " is not defined in users");
      }
      if (!user.company().equals(company)) {
        throw fields.fail(where, "user " + id + " belongs to company '" + user.company()
            + "', not to the group's company '" + company + "'");
      }
      ids.add(id.asLong());
    }
    return ids;
  }
}
