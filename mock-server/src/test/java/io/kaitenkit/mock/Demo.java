package io.kaitenkit.mock;

/** The bundled demo fixture's tokens, groups and users, by what they stand for. */
final class Demo {
  /** User 1, company admin of acme. */
  static final String ADMIN = "demo-admin-token";
  /** User 2 (Bob) of acme, without any right over groups. */
  static final String NO_PERMISSION = "demo-no-permission-token";
  /** User 3 of acme, admin of the group developers only. */
  static final String GROUP_ADMIN = "demo-group-admin-token";
  /** User 4 (Dan) of acme, holds permission bit 1 through the group people-ops. */
  static final String MEMBERS_PERMISSION = "demo-members-permission-token";
  /** User 100, company admin of globex, whose tariff lacks groups. */
  static final String NO_GROUPS_TARIFF = "demo-no-groups-tariff-token";
  /** User 200, company admin of initech. */
  static final String OTHER_COMPANY = "demo-other-company-token";
  /** A token the fixture does not know. */
  static final String UNKNOWN = "no-such-token";

  /** acme: members 42 and 43, admin 3. */
  static final String DEVELOPERS = "developers";
  /** acme: member 44. */
  static final String DESIGNERS = "designers";
  /** acme: member 4; grants permission bit 1 to its members. */
  static final String PEOPLE_OPS = "people-ops";
  /** globex: member 101. */
  static final String ENGINEERING = "engineering";
  /** initech: member 201. */
  static final String TPS_REPORTS = "tps-reports";

  static final long BOB = 2;
  static final long DAN = 4;
  static final long ADA = 42;
  static final long ALAN = 43;
  static final long GRACE = 44;
  static final long HOMER = 101;
  static final long PETER = 201;
  static final long NOBODY = 9999;

  private Demo() {}
}
