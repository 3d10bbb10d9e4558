package io.kaitenkit.mock;

/** The bundled demo fixture's tokens, groups and users under the tests' short names; {@link DemoFixture} holds them. */
final class Demo {
  static final String ADMIN = DemoFixture.ADMIN_TOKEN;
  static final String NO_PERMISSION = DemoFixture.NO_PERMISSION_TOKEN;
  static final String GROUP_ADMIN = DemoFixture.GROUP_ADMIN_TOKEN;
  static final String MEMBERS_PERMISSION = DemoFixture.MEMBERS_PERMISSION_TOKEN;
  static final String NO_GROUPS_TARIFF = DemoFixture.NO_GROUPS_TARIFF_TOKEN;
  static final String OTHER_COMPANY = DemoFixture.OTHER_COMPANY_TOKEN;
  /** A token the fixture does not know. */
  static final String UNKNOWN = "no-such-token";

  static final String DEVELOPERS = DemoFixture.DEVELOPERS;
  static final String DESIGNERS = DemoFixture.DESIGNERS;
  static final String PEOPLE_OPS = DemoFixture.PEOPLE_OPS;
  static final String ENGINEERING = DemoFixture.ENGINEERING;
  static final String TPS_REPORTS = DemoFixture.TPS_REPORTS;

  static final long BOB = DemoFixture.BOB;
  static final long DAN = DemoFixture.DAN;
  static final long ADA = DemoFixture.ADA;
  static final long ALAN = DemoFixture.ALAN;
  static final long GRACE = DemoFixture.GRACE;
  static final long HOMER = DemoFixture.HOMER;
  static final long PETER = DemoFixture.PETER;
  /** A user id the fixture does not know. */
  static final long NOBODY = 9999;

  private Demo() {}
}
