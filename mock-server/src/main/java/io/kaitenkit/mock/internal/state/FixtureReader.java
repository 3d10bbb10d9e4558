package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads the state format (see the README's "Fixtures") into a {@link StateData}, checking every
 * reference and every user against the contract's {@code User} schema. The first problem found stops
 * the read with a {@link FixtureException} naming the source and the field.
 */
public final class FixtureReader {
  // A fixture is hand-written: a key given twice must not silently drop the first (and text after a
  // stray closing brace is refused by read()).
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final Set<String> TOP_LEVEL = Set.of("companies", "users", "groups", "tokens");
  private static final Set<String> USER_FIELDS = userFields();
  private static final Set<String> COMPANY_FIELDS = Set.of("domain", "tariff");
  private static final Set<String> GROUP_FIELDS =
      Set.of("uid", "id", "company", "name", "permissions", "users", "admins");

  private static final int IN_FLIGHT = 1024;

  private final KaitenApiSpec spec;

  /**
   * One user checked on its own, with its problems in the order they are reported: {@code problem}
   * before the duplicate-id check, {@code companyProblem} after it, {@code schemaProblem} last.
   */
  private record UserCheck(long id, UserRecord record, FixtureException problem,
      FixtureException companyProblem, FixtureException schemaProblem) {
    static UserCheck problemAfterId(long id, FixtureException companyProblem) {
      return new UserCheck(id, null, null, companyProblem, null);
    }
  }

  public FixtureReader(KaitenApiSpec spec) {
    this.spec = spec;
  }

  /**
   * Reads fixture text; {@code source} names it in error messages (a file name, "demo"). Users are
   * read one at a time from the stream and kept only in their serialised form, so a fixture of a
   * hundred thousand users never exists as one large tree.
   */
  public StateData read(String source, String json) {
    // Checking users is CPU work on many small values: a pool as large as the machine spreads it.
    ExecutorService checkers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
      Thread thread = new Thread(task, "kaiten-fixture-check");
      thread.setDaemon(true);
      return thread;
    });
    try (JsonParser parser = MAPPER.createParser(json)) {
      return new Reading(source, checkers).read(parser);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new FixtureException(source + ": not valid JSON: " + problemOf(e) + where, e);
    } catch (IOException e) {
      throw new FixtureException(source + ": cannot be read: " + e.getMessage(), e);
    } finally {
      checkers.shutdownNow();
    }
  }

  /** Jackson's reason, except that a token given twice is not repeated in the message. */
  private static String problemOf(JsonProcessingException e) {
    if (e.getProcessor() instanceof JsonParser parser) {
      JsonStreamContext context = parser.getParsingContext();
      JsonStreamContext parent = context == null ? null : context.getParent();
      boolean inTokens = parent != null && parent.getParent() != null && parent.getParent().inRoot()
          && "tokens".equals(parent.getCurrentName());
      if (inTokens && e.getOriginalMessage().startsWith("Duplicate")) {
        return "a token is given twice in tokens";
      }
    }
    return e.getOriginalMessage();
  }

  /** One read of one fixture; keeps the source for messages. */
  private final class Reading {
    private final String source;
    private final Executor checkers;

    Reading(String source, Executor checkers) {
      this.source = source;
      this.checkers = checkers;
    }

    StateData read(JsonParser parser) throws IOException {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw fail("", "the fixture must be a JSON object with companies, users, groups and tokens");
      }
      Map<String, CompanyRecord> companies = null;
      // Each user is checked against the contract and serialised on another core while the parser
      // reads on; the results are taken in document order, so the first problem reported is the first
      // in the file.
      List<CompletableFuture<UserCheck>> checks = new ArrayList<>();
      JsonNode groups = null;
      JsonNode tokens = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.getCurrentName();
        if (!TOP_LEVEL.contains(field)) {
          throw fail(field, "unknown field; allowed: " + sorted(TOP_LEVEL));
        }
        JsonToken value = parser.nextToken();
        switch (field) {
          case "companies" -> companies = companies(array(MAPPER.readTree(parser), field));
          case "users" -> {
            if (value != JsonToken.START_ARRAY) {
              array(MAPPER.readTree(parser), field);
              continue; // null: no users
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              JsonNode user = MAPPER.readTree(parser);
              int index = checks.size();
              checks.add(CompletableFuture.supplyAsync(() -> check(index, user), checkers));
              if (index >= IN_FLIGHT) {
                checks.get(index - IN_FLIGHT).join(); // bounds the parsed users waiting for a check
              }
            }
          }
          case "groups" -> groups = array(MAPPER.readTree(parser), field);
          default -> tokens = MAPPER.readTree(parser);
        }
      }
      if (parser.nextToken() != null) {
        throw fail("", "not valid JSON: text after the fixture's closing brace (line "
            + parser.getCurrentLocation().getLineNr() + ")");
      }
      if (companies == null) {
        companies = new LinkedHashMap<>();
      }
      Map<Long, UserRecord> users = new LinkedHashMap<>();
      for (CompletableFuture<UserCheck> check : checks) {
        addUser(users, check.join(), companies);
      }
      Map<String, GroupRecord> groupRecords = groups(groups == null ? MAPPER.createArrayNode() : groups,
          companies, users);
      return new StateData(companies, users, groupRecords, tokens(tokens, users));
    }

    private Map<String, CompanyRecord> companies(JsonNode array) {
      Map<String, CompanyRecord> companies = new LinkedHashMap<>();
      for (int i = 0; i < array.size(); i++) {
        String at = "companies[" + i + "]";
        JsonNode company = object(array.get(i), at);
        onlyFields(company, COMPANY_FIELDS, at);
        String domain = text(company, "domain", at, null);
        if (companies.containsKey(domain)) {
          throw fail(at + ".domain", "'" + domain + "' is defined twice");
        }
        boolean groups = true;
        JsonNode tariff = company.get("tariff");
        if (tariff != null) {
          object(tariff, at + ".tariff");
          onlyFields(tariff, Set.of("groups"), at + ".tariff");
          groups = bool(tariff, "groups", at + ".tariff", true);
        }
        companies.put(domain, new CompanyRecord(domain, groups));
      }
      return companies;
    }

    /**
     * What can be checked of one user on its own: its fields, its id, its company's name and its
     * profile against the contract. Problems are kept, not thrown, to be reported in document order.
     */
    private UserCheck check(int index, JsonNode node) {
      String at = "users[" + index + "]";
      try {
        JsonNode user = object(node, at);
        onlyFields(user, USER_FIELDS, at);
        for (String required : UserProfiles.REQUIRED) {
          if (!user.hasNonNull(required)) {
            throw fail(at + "." + required, "is required");
          }
        }
        long id = positiveId(user, "id", at);
        String company;
        try {
          company = text(user, "company", at, null);
        } catch (FixtureException e) {
          return UserCheck.problemAfterId(id, e);
        }
        ObjectNode profile = UserProfiles.profile(user, company);
        List<Violation> violations = spec.validateSchema("User", profile);
        FixtureException schemaProblem = null;
        if (!violations.isEmpty()) {
          Violation first = violations.get(0);
          schemaProblem = fail(at + (first.location().isEmpty() ? "" : "." + first.location()), first.message());
        }
        UserRecord record = new UserRecord(id, company, bool(user, "company_admin", at, false),
            nonNegative(user, "permissions", at), Buffer.buffer(MAPPER.writeValueAsBytes(profile)));
        return new UserCheck(id, record, null, null, schemaProblem);
      } catch (FixtureException e) {
        return new UserCheck(0, null, e, null, null);
      } catch (JsonProcessingException e) {
        return new UserCheck(0, null, fail(at, "cannot be written as JSON: " + e.getOriginalMessage()), null, null);
      }
    }

    /** Adds a checked user, checking what needs the users before it and the companies. */
    private void addUser(Map<Long, UserRecord> users, UserCheck check, Map<String, CompanyRecord> companies) {
      String at = "users[" + users.size() + "]";
      if (check.problem() != null) {
        throw check.problem();
      }
      if (users.containsKey(check.id())) {
        throw fail(at + ".id", check.id() + " is defined twice");
      }
      if (check.companyProblem() != null) {
        throw check.companyProblem();
      }
      reference(check.record().company(), companies.keySet(), at + ".company", "company");
      if (check.schemaProblem() != null) {
        throw check.schemaProblem();
      }
      users.put(check.id(), check.record());
    }

    private Map<String, GroupRecord> groups(
        JsonNode array, Map<String, CompanyRecord> companies, Map<Long, UserRecord> users) {
      Map<String, GroupRecord> groups = new LinkedHashMap<>();
      Set<Long> groupIds = new HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        String at = "groups[" + i + "]";
        JsonNode group = object(array.get(i), at);
        onlyFields(group, GROUP_FIELDS, at);
        String uid = text(group, "uid", at, null);
        if (groups.containsKey(uid)) {
          throw fail(at + ".uid", "'" + uid + "' is defined twice");
        }
        long id = group.has("id") ? positiveId(group, "id", at) : i + 1L;
        if (!groupIds.add(id)) {
          throw fail(at + ".id", id + " is used by another group");
        }
        String company = reference(text(group, "company", at, null), companies.keySet(), at + ".company",
            "company");
        Set<Long> members = userIds(group, "users", at, company, users);
        Set<Long> admins = userIds(group, "admins", at, company, users);
        groups.put(uid, new GroupRecord(uid, id, company, text(group, "name", at, uid),
            nonNegative(group, "permissions", at), members, admins));
      }
      return groups;
    }

    private Map<String, Long> tokens(JsonNode node, Map<Long, UserRecord> users) {
      Map<String, Long> tokens = new LinkedHashMap<>();
      if (node == null || node.isNull()) {
        return tokens;
      }
      object(node, "tokens");
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> entry = fields.next();
        String token = entry.getKey();
        String at = "tokens['" + TokenRedaction.redact(token) + "']";
        if (token.isBlank() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
          throw fail(at, "a token must be non-empty printable ASCII without spaces");
        }
        JsonNode user = entry.getValue();
        if (!user.canConvertToExactIntegral() || !users.containsKey(user.asLong())) {
          throw fail(at, "must name a user id of this fixture, got " + user);
        }
        tokens.put(token, user.asLong());
      }
      return tokens;
    }

    private Set<Long> userIds(
        JsonNode group, String field, String at, String company, Map<Long, UserRecord> users) {
      Set<Long> ids = new LinkedHashSet<>();
      JsonNode array = group.get(field);
      if (array == null || array.isNull()) {
        return ids;
      }
      if (!array.isArray()) {
        throw fail(at + "." + field, "must be an array of user ids, got " + array.getNodeType());
      }
      for (int i = 0; i < array.size(); i++) {
        JsonNode id = array.get(i);
        String where = at + "." + field + "[" + i + "]";
        if (!id.canConvertToExactIntegral()) {
          throw fail(where, "must be a user id, got " + id);
        }
        UserRecord user = users.get(id.asLong());
        if (user == null) {
          throw fail(where, "user " + id + " is not defined in users");
        }
        if (!user.company().equals(company)) {
          throw fail(where, "user " + id + " belongs to company '" + user.company()
              + "', not to the group's company '" + company + "'");
        }
        ids.add(id.asLong());
      }
      return ids;
    }

    /** A top-level field's value as an array; null stands for an empty one. */
    private JsonNode array(JsonNode node, String field) {
      if (node == null || node.isNull()) {
        return MAPPER.createArrayNode();
      }
      if (!node.isArray()) {
        throw fail(field, "must be an array, got " + node.getNodeType());
      }
      return node;
    }

    private JsonNode object(JsonNode node, String at) {
      if (node == null || !node.isObject()) {
        throw fail(at, "must be an object, got " + (node == null ? "nothing" : node.getNodeType()));
      }
      return node;
    }

    private void onlyFields(JsonNode node, Set<String> allowed, String at) {
      node.fieldNames().forEachRemaining(name -> {
        if (!allowed.contains(name)) {
          throw fail(at.isEmpty() ? name : at + "." + name, "unknown field; allowed: " + sorted(allowed));
        }
      });
    }

    private String text(JsonNode node, String field, String at, String fallback) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        if (fallback != null) {
          return fallback;
        }
        throw fail(at + "." + field, "is required");
      }
      if (!value.isTextual() || value.asText().isBlank()) {
        throw fail(at + "." + field, "must be a non-empty string, got " + value);
      }
      return value.asText();
    }

    private boolean bool(JsonNode node, String field, String at, boolean fallback) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return fallback;
      }
      if (!value.isBoolean()) {
        throw fail(at + "." + field, "must be true or false, got " + value);
      }
      return value.asBoolean();
    }

    private long positiveId(JsonNode node, String field, String at) {
      JsonNode value = node.get(field);
      if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong()
          || value.asLong() < 1) {
        throw fail(at + "." + field, "must be an integer >= 1, got " + value);
      }
      return value.asLong();
    }

    private long nonNegative(JsonNode node, String field, String at) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return 0;
      }
      if (!value.canConvertToExactIntegral() || !value.canConvertToLong() || value.asLong() < 0) {
        throw fail(at + "." + field, "must be an integer bitmask >= 0, got " + value);
      }
      return value.asLong();
    }

    private String reference(String name, Set<String> known, String at, String what) {
      if (!known.contains(name)) {
        throw fail(at, "'" + name + "' is not a " + what + " of this fixture (known: " + known + ")");
      }
      return name;
    }

    private FixtureException fail(String at, String problem) {
      return new FixtureException(source + ": " + (at.isEmpty() ? "" : at + ": ") + problem);
    }
  }

  private static Set<String> userFields() {
    Set<String> allowed = new LinkedHashSet<>(UserProfiles.ATTRIBUTES);
    allowed.addAll(UserProfiles.META);
    return Set.copyOf(allowed);
  }

  private static List<String> sorted(Set<String> names) {
    List<String> list = new ArrayList<>(names);
    list.sort(null);
    return list;
  }
}
