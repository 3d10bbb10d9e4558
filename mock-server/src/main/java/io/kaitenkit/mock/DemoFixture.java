package io.kaitenkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.mock.internal.state.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The facts of the bundled demo fixture ({@code fixtures/demo.json}), by what they stand for: its
 * tokens, users and groups. The banner, the demo tables of docs/fixtures.md and the tests take them from here.
 */
public final class DemoFixture {
  /** The fixture's name, as {@code --fixture demo} and {@link MockOptions} take it. */
  public static final String NAME = "demo";

  /** User 1 (Alice), company admin of acme: everything in acme. */
  public static final String ADMIN_TOKEN = "demo-admin-token";
  /** User 2 (Bob) of acme, no rights over groups: 403 on managing, only shared-group users in /users. */
  public static final String NO_PERMISSION_TOKEN = "demo-no-permission-token";
  /** User 3 (Carol) of acme, admin of the group developers only. */
  public static final String GROUP_ADMIN_TOKEN = "demo-group-admin-token";
  /** User 4 (Dan) of acme, holds permission bit 1 through the group people-ops. */
  public static final String MEMBERS_PERMISSION_TOKEN = "demo-members-permission-token";
  /** User 5 (Erin) of acme, deactivated: 403 everywhere. */
  public static final String DEACTIVATED_TOKEN = "demo-deactivated-token";
  /** User 100 (Hank), company admin of globex, whose tariff lacks groups: 402 on the writes. */
  public static final String NO_GROUPS_TARIFF_TOKEN = "demo-no-groups-tariff-token";
  /** User 200 (Bill), company admin of initech: acme's groups are 404 to him. */
  public static final String OTHER_COMPANY_TOKEN = "demo-other-company-token";

  /** The company of users 1 to 44, whose tariff includes groups; provider states default to it. */
  public static final String ACME = "acme";

  public static final long ALICE = 1;
  public static final long BOB = 2;
  public static final long CAROL = 3;
  public static final long DAN = 4;
  public static final long ERIN = 5;
  /** Ada Lovelace of acme, member of developers. */
  public static final long ADA = 42;
  /** Alan Turing of acme, member of developers. */
  public static final long ALAN = 43;
  /** Grace Hopper of acme, not activated, member of designers. */
  public static final long GRACE = 44;
  public static final long HANK = 100;
  /** Homer Simpson of globex, member of engineering. */
  public static final long HOMER = 101;
  public static final long BILL = 200;
  /** Peter Gibbons of initech, member of tps-reports. */
  public static final long PETER = 201;

  /** acme, id 10: members 42 and 43, admin 3. */
  public static final String DEVELOPERS = "developers";
  /** acme, id 11: member 44. */
  public static final String DESIGNERS = "designers";
  /** acme, id 12: member 4; grants permission bit 1 to its members. */
  public static final String PEOPLE_OPS = "people-ops";
  /** globex, id 20: member 101. */
  public static final String ENGINEERING = "engineering";
  /** initech, id 30: member 201. */
  public static final String TPS_REPORTS = "tps-reports";

  /** A demo token, the user it acts as, and what that user stands for. */
  public record Token(String token, long userId, String actsAs) {}

  private static final Map<String, String> ACTS_AS = Map.of(
      ADMIN_TOKEN, "company admin of acme",
      NO_PERMISSION_TOKEN, "acme user without rights",
      GROUP_ADMIN_TOKEN, "admin of group developers only",
      MEMBERS_PERMISSION_TOKEN, "permission bit 1 through people-ops",
      DEACTIVATED_TOKEN, "deactivated acme user",
      NO_GROUPS_TARIFF_TOKEN, "globex admin, tariff without groups",
      OTHER_COMPANY_TOKEN, "initech admin, cannot see acme");

  private DemoFixture() {}

  /** The demo tokens in the fixture's order, read from the bundled fixture. */
  public static List<Token> tokens() {
    JsonNode tokens;
    try {
      tokens = new ObjectMapper().readTree(Fixtures.readBundled(NAME)).path("tokens");
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled demo fixture is not JSON", e);
    }
    List<Token> list = new ArrayList<>();
    tokens.properties().forEach(entry -> list.add(new Token(entry.getKey(), entry.getValue().asLong(),
        ACTS_AS.getOrDefault(entry.getKey(), "user " + entry.getValue().asLong()))));
    return List.copyOf(list);
  }
}
