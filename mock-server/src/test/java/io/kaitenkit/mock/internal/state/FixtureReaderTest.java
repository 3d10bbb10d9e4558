package io.kaitenkit.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixture format: what it reads, and a one-line reason naming the source and the field for what it refuses. */
class FixtureReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SOURCE = "team.json";

  /** acme (users 1, 2; group devs) and globex (user 3); token t1 acts as user 1. */
  private static final String VALID = """
      {
        "companies": [ { "domain": "acme" }, { "domain": "globex", "tariff": { "groups": false } } ],
        "users": [
          { "id": 1, "company": "acme", "company_admin": true, "full_name": "Ann Lee", "email": "ann@acme.example" },
          { "id": 2, "company": "acme", "full_name": "Ben Ode", "email": "ben@acme.example", "permissions": 1 },
          { "id": 3, "company": "globex", "full_name": "Cy Dee", "email": "cy@globex.example" }
        ],
        "groups": [ { "uid": "devs", "company": "acme", "users": [2, 1], "admins": [2] } ],
        "tokens": { "t1": 1 }
      }
      """;

  private final FixtureReader reader = new FixtureReader(KaitenApiSpec.bundled());

  @Test
  void theDemoFixtureLoads() {
    KaitenModel demo = reader.read("demo", Fixtures.read("demo"));

    assertThat(demo.companies()).containsOnlyKeys("acme", "globex", "initech");
    assertThat(demo.companies().get("globex").groupsInTariff()).isFalse();
    assertThat(demo.users()).hasSize(12);
    assertThat(demo.groups()).containsOnlyKeys("developers", "designers", "people-ops", "engineering", "tps-reports");
    assertThat(demo.groups().get("developers").members()).containsExactly(42L, 43L);
    assertThat(demo.groups().get("developers").admins()).containsExactly(3L);
    assertThat(demo.tokens()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "demo-admin-token", 1L,
        "demo-no-permission-token", 2L,
        "demo-group-admin-token", 3L,
        "demo-members-permission-token", 4L,
        "demo-deactivated-token", 5L,
        "demo-no-groups-tariff-token", 100L,
        "demo-other-company-token", 200L));
    assertThat(demo.effectivePermissions(demo.users().get(4L)) & UserRecord.MEMBERS_ADMIN).isEqualTo(1);
  }

  @Test
  void theEmptyFixtureLoads() {
    KaitenModel empty = reader.read("empty", Fixtures.read("empty"));

    assertThat(empty.companies()).isEmpty();
    assertThat(empty.users()).isEmpty();
    assertThat(empty.groups()).isEmpty();
    assertThat(empty.tokens()).isEmpty();
  }

  @Test
  void aMissingFixtureFileIsNamed() {
    assertThatThrownBy(() -> Fixtures.read("/no/such/team.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("/no/such/team.json: ")
        .hasMessageContaining("no such file")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void missingAttributesGetDefaultsThatSatisfyTheContract() {
    KaitenModel state = reader.read(SOURCE, VALID);

    JsonNode ann = state.users().get(1L).profile();
    assertThat(ann.get("username").asText()).isEqualTo("ann");
    assertThat(ann.get("initials").asText()).isEqualTo("AL");
    assertThat(ann.get("avatar_initials_url").asText()).contains("acme").endsWith("/AL.png");
    assertThat(ann.get("theme").asText()).isEqualTo("auto");
    assertThat(ann.get("avatar_uploaded_url").isNull()).isTrue();
    assertThat(KaitenApiSpec.bundled().validateSchema("User", ann)).isEmpty();
    assertThat(ann.size()).isEqualTo(19);
  }

  @Test
  void membersAreKeptInIdOrderAndGroupIdsDefaultToThePosition() {
    GroupRecord devs = reader.read(SOURCE, VALID).groups().get("devs");

    assertThat(devs.members()).containsExactly(1L, 2L);
    assertThat(devs.id()).isEqualTo(1);
    assertThat(devs.name()).isEqualTo("devs");
  }

  @Test
  void groupsAndCompaniesGetTheirDefaults() {
    KaitenModel state = reader.read(SOURCE, VALID);

    assertThat(state.companies().get("acme").id()).isEqualTo(1);
    assertThat(state.companies().get("globex").id()).isEqualTo(2);
    GroupAttributes devs = state.groups().get("devs").attributes();
    assertThat(devs.permissions()).isZero();
    assertThat(devs.addToCardsAndSpacesEnabled()).isFalse();
    assertThat(devs.created()).isEqualTo("2026-01-01T00:00:00.000Z");
    assertThat(devs.updated()).isEqualTo(devs.created());
    assertThat(state.takeGroupId()).isEqualTo(2);
  }

  @Test
  void givenGroupAttributesAreKept() {
    ObjectNode root = (ObjectNode) parse(VALID);
    group(root, 0).put("id", 7).put("name", "Devs").put("permissions", 17)
        .put("add_to_cards_and_spaces_enabled", true)
        .put("created", "2025-01-02T03:04:05.006Z").put("updated", "2025-02-02T03:04:05.006Z");

    KaitenModel state = reader.read(SOURCE, root.toString());

    assertThat(GroupJson.of(state.groups().get("devs")).toString()).isEqualTo("{\"name\":\"Devs\","
        + "\"permissions\":17,\"updated\":\"2025-02-02T03:04:05.006Z\",\"created\":\"2025-01-02T03:04:05.006Z\","
        + "\"id\":7,\"uid\":\"devs\",\"add_to_cards_and_spaces_enabled\":true}");
    assertThat(state.groups().get("devs").admins()).containsExactly(2L);
    assertThat(state.takeGroupId()).isEqualTo(8);
  }

  @Test
  void extendedAndAccountAttributesAreKeptAndWrittenBack() {
    ObjectNode root = (ObjectNode) parse(VALID);
    user(root, 1).put("news_subscription", true).put("sd_telegram_id", 12).put("role", 2)
        .put("apps_permissions", "6").put("external", true);

    KaitenModel state = reader.read(SOURCE, root.toString());
    UserRecord ben = state.users().get(2L);
    JsonNode extended = parse(ben.appendExtended(io.vertx.core.buffer.Buffer.buffer()).toString());
    JsonNode current = parse(UserShapes.currentUser(ben, state.companyOf(ben), 1).toString());
    ObjectNode written = (ObjectNode) parse(FixtureWriter.text(state));

    assertThat(extended.size()).isEqualTo(22);
    assertThat(extended.get("news_subscription").asBoolean()).isTrue();
    assertThat(extended.get("sd_telegram_id").asInt()).isEqualTo(12);
    assertThat(current.get("apps_permissions").asText()).isEqualTo("6");
    assertThat(current.get("external").asBoolean()).isTrue();
    assertThat(written.get("users").get(1).get("news_subscription").asBoolean()).isTrue();
    assertThat(written.get("users").get(1).get("apps_permissions").asText()).isEqualTo("6");
    assertThat(written.get("users").get(0).has("news_subscription")).isFalse();
  }

  @Test
  void companyLevelAttributesAreDerivedFromTheState() {
    KaitenModel state = reader.read(SOURCE, VALID);
    UserRecord ann = state.users().get(1L);
    UserRecord cy = state.users().get(3L);

    JsonNode annNow = parse(UserShapes.currentUser(ann, state.companyOf(ann), 0).toString());
    JsonNode cyRow = UserShapes.listRow(cy, state.companyOf(cy), 5);
    JsonNode cyGone = UserShapes.listRow(cy.withActivated(false), state.companyOf(cy), 5);

    assertThat(annNow.get("company_id").asLong()).isEqualTo(1);
    assertThat(annNow.get("user_id").asLong()).isEqualTo(1);
    assertThat(annNow.get("role").asInt()).isEqualTo(UserShapes.OWNER);
    assertThat(annNow.get("invite_last_sent_at").asText()).isEqualTo(annNow.get("created").asText());
    assertThat(cyRow.get("company_id").asLong()).isEqualTo(2);
    assertThat(cyRow.get("permissions").asLong()).isEqualTo(5);
    assertThat(cyRow.get("role").asInt()).isEqualTo(UserShapes.USER);
    assertThat(cyRow.has("telegram_id")).isFalse();
    assertThat(cyGone.get("role").asInt()).isEqualTo(UserShapes.DEACTIVATED);
    assertThat(cyGone.get("activated").asBoolean()).isFalse();
  }

  @Test
  void theWrittenDemoReadsBackUnchanged() {
    String written = FixtureWriter.text(reader.read("demo", Fixtures.read("demo")));

    assertThat(FixtureWriter.text(reader.read("written", written))).isEqualTo(written);
  }

  @Test
  void theWrittenStateReadsBackUnchanged() {
    KaitenModel state = reader.read(SOURCE, VALID);
    String written = FixtureWriter.text(state);

    String rewritten = FixtureWriter.text(reader.read("written", written));

    assertThat(rewritten).isEqualTo(written);
  }

  @Test
  void brokenJsonNamesTheSourceLineAndColumn() {
    String broken = "{\n  \"companies\": [\n    { \"domain\": \"acme\" },\n  ]\n}";

    assertRefused(broken).hasMessageStartingWith(SOURCE + ": not valid JSON:").hasMessageContaining("(line 4, column");
  }

  @ParameterizedTest(name = "fixture ''{0}''")
  @ValueSource(strings = {"", "[]", "42", "\"fixture\"", "null"})
  void aFixtureMustBeAnObject(String json) {
    assertRefused(json).hasMessageStartingWith(SOURCE + ": ");
  }

  @Test
  void textAfterTheFixtureIsRefused() {
    String closedEarly = """
        { "companies": [ { "domain": "acme" } ] },
          "users": [ { "id": 1, "company": "acme", "full_name": "Ann Lee", "email": "ann@acme.example" } ]
        }
        """;

    assertRefused(closedEarly).hasMessageStartingWith(SOURCE + ": not valid JSON").hasMessageContaining("line 1");
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    String twice = VALID.replace("\"groups\": [", "\"users\": [], \"groups\": [");

    assertRefused(twice).hasMessageStartingWith(SOURCE + ": not valid JSON").hasMessageContaining("'users'");
  }

  @Test
  void aTokenGivenTwiceIsRefusedWithoutRepeatingIt() {
    String twice = VALID.replace("\"t1\": 1", "\"secret-token-1\": 1, \"secret-token-1\": 2");

    assertRefused(twice).hasMessageContaining("tokens").hasMessageNotContaining("secret-token-1");
  }

  static Stream<Arguments> invalidFixtures() {
    return Stream.of(
        invalid("unknown top-level field", root -> root.putArray("projects"), "projects", "unknown field"),
        invalid("unknown company field", root -> company(root, 0).put("plan", "pro"), "companies[0].plan", "unknown field"),
        invalid("unknown group field", root -> group(root, 0).put("owner", 1), "groups[0].owner", "unknown field"),
        invalid("unknown user field", root -> user(root, 0).put("nickname", "ann"), "users[0].nickname", "unknown field"),
        invalid("missing user id", root -> user(root, 0).remove("id"), "users[0].id", "required"),
        invalid("missing user company", root -> user(root, 1).remove("company"), "users[1].company", "required"),
        invalid("missing full_name", root -> user(root, 0).remove("full_name"), "users[0].full_name", "required"),
        invalid("missing email", root -> user(root, 2).remove("email"), "users[2].email", "required"),
        invalid("user id 0", root -> user(root, 0).put("id", 0), "users[0].id", ">= 1"),
        invalid("user id as text", root -> user(root, 0).put("id", "1"), "users[0].id", "integer"),
        invalid("duplicate user id", root -> user(root, 1).put("id", 1), "users[1].id", "twice"),
        invalid("duplicate group uid", root -> groups(root).addObject().put("uid", "devs").put("company", "acme"),
            "groups[1].uid", "twice"),
        invalid("duplicate group id", root -> groups(root).addObject().put("uid", "ops").put("id", 1)
            .put("company", "acme"), "groups[1].id", "another group"),
        invalid("duplicate company domain", root -> companies(root).addObject().put("domain", "acme"),
            "companies[2].domain", "twice"),
        invalid("user of an unknown company", root -> user(root, 2).put("company", "initech"), "users[2].company",
            "initech"),
        invalid("group of an unknown company", root -> group(root, 0).put("company", "initech"), "groups[0].company",
            "initech"),
        invalid("member of another company", root -> members(root, 0).add(3), "groups[0].users[2]", "globex"),
        invalid("admin of another company", root -> ((ArrayNode) group(root, 0).get("admins")).add(3),
            "groups[0].admins[1]", "globex"),
        invalid("unknown member", root -> members(root, 0).add(99), "groups[0].users[2]", "99"),
        invalid("member id as text", root -> members(root, 0).add("2"), "groups[0].users[2]", "user id"),
        invalid("token of an unknown user", root -> ((ObjectNode) root.get("tokens")).put("t9", 99), "tokens[",
            "user id"),
        invalid("token with a space", root -> ((ObjectNode) root.get("tokens")).put("my token", 1), "tokens[",
            "printable"),
        invalid("theme pink", root -> user(root, 0).put("theme", "pink"), "users[0].theme", "pink"),
        invalid("avatar_type 7", root -> user(root, 1).put("avatar_type", 7), "users[1].avatar_type", "7"),
        invalid("ui_version as text", root -> user(root, 0).put("ui_version", "2"), "users[0].ui_version", "integer"),
        invalid("created not a date-time", root -> user(root, 0).put("created", "yesterday"), "users[0].created",
            "yesterday"),
        invalid("activated as text", root -> user(root, 0).put("activated", "yes"), "users[0].activated", "boolean"),
        invalid("email null", root -> user(root, 0).putNull("email"), "users[0].email", "required"),
        invalid("tariff groups as text", root -> company(root, 1).putObject("tariff").put("groups", "no"),
            "companies[1].tariff.groups", "true or false"),
        invalid("negative permissions", root -> user(root, 1).put("permissions", -1), "users[1].permissions", ">= 0"),
        invalid("users not an array", root -> root.putObject("users"), "users", "array"),
        invalid("company id 0", root -> company(root, 0).put("id", 0), "companies[0].id", ">= 1"),
        invalid("company id as text", root -> company(root, 0).put("id", "1"), "companies[0].id", "integer"),
        invalid("duplicate company id", root -> company(root, 1).put("id", 1), "companies[1].id", "another company"),
        invalid("group name empty", root -> group(root, 0).put("name", ""), "groups[0].name", "non-empty"),
        invalid("group name over 512", root -> group(root, 0).put("name", "n".repeat(513)), "groups[0].name",
            "at most 512"),
        invalid("group permissions negative", root -> group(root, 0).put("permissions", -2),
            "groups[0].permissions", ">= 0"),
        invalid("add_to_cards_and_spaces_enabled as text",
            root -> group(root, 0).put("add_to_cards_and_spaces_enabled", "yes"),
            "groups[0].add_to_cards_and_spaces_enabled", "true or false"),
        invalid("group created not an instant", root -> group(root, 0).put("created", "last week"),
            "groups[0].created", "ISO-8601"),
        invalid("group updated not an instant", root -> group(root, 0).put("updated", "2026-13-01"),
            "groups[0].updated", "ISO-8601"),
        invalid("admins not an array", root -> group(root, 0).put("admins", 2), "groups[0].admins", "array"),
        invalid("unknown admin", root -> ((ArrayNode) group(root, 0).get("admins")).add(77), "groups[0].admins[1]",
            "77"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void invalidFixtureIsRefusedNamingSourceAndField(String kind, String json, String field, String reason) {
    assertRefused(json)
        .hasMessageStartingWith(SOURCE + ": " + field)
        .hasMessageContaining(reason);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String json) {
    return assertThatThrownBy(() -> reader.read(SOURCE, json))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\r"));
  }

  private static Arguments invalid(String kind, Consumer<ObjectNode> change, String field, String reason) {
    ObjectNode root = (ObjectNode) parse(VALID);
    change.accept(root);
    return Arguments.of(kind, root.toString(), field, reason);
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ArrayNode companies(ObjectNode root) {
    return (ArrayNode) root.get("companies");
  }

  private static ObjectNode company(ObjectNode root, int index) {
    return (ObjectNode) companies(root).get(index);
  }

  private static ObjectNode user(ObjectNode root, int index) {
    return (ObjectNode) root.get("users").get(index);
  }

  private static ArrayNode groups(ObjectNode root) {
    return (ArrayNode) root.get("groups");
  }

  private static ObjectNode group(ObjectNode root, int index) {
    return (ObjectNode) groups(root).get(index);
  }

  private static ArrayNode members(ObjectNode root, int group) {
    return (ArrayNode) group(root, group).get("users");
  }
}
