package io.kaitenkit.contract;

/** The facts of the mock's demo fixture ({@code fixtures/demo.json}) that the pacts and checks use. */
final class Demo {
  /** User 1, company admin of acme. */
  static final String ADMIN_TOKEN = "demo-admin-token";
  /** User 2 of acme, who may not manage any group. */
  static final String NO_PERMISSION_TOKEN = "demo-no-permission-token";
  static final long NO_PERMISSION_USER = 2;
  /** User 100, company admin of globex, whose tariff has no groups. */
  static final String NO_GROUPS_TARIFF_TOKEN = "demo-no-groups-tariff-token";
  /** User 3 of acme, an admin of developers only. */
  static final String GROUP_ADMIN_TOKEN = "demo-group-admin-token";
  static final long GROUP_ADMIN = 3;
  /** User 201 of initech, another company. */
  static final String OTHER_COMPANY_TOKEN = "demo-other-company-token";
  /** User 5 of acme, deactivated. */
  static final String DEACTIVATED_TOKEN = "demo-deactivated-token";
  /** A group of acme with members 42 and 43. */
  static final String DEVELOPERS = "developers";
  /** A group of globex. */
  static final String ENGINEERING = "engineering";
  /** Ada Lovelace, a member of developers. */
  static final long ADA = 42;
  /** Alan Turing, a member of developers. */
  static final long ALAN = 43;
  /** Grace Hopper, of acme, a member of designers only. */
  static final long GRACE = 44;
  /** The API's base path, as in the contract's server URL. */
  static final String BASE_PATH = "/api/latest";

  private Demo() {}
}
