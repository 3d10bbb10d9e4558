package io.kaitenkit.contract;

import io.kaitenkit.mock.DemoFixture;

/** The facts of the mock's demo fixture that the pacts and checks use, read from {@link DemoFixture}. */
final class Demo {
  static final String ADMIN_TOKEN = DemoFixture.ADMIN_TOKEN;
  static final String NO_PERMISSION_TOKEN = DemoFixture.NO_PERMISSION_TOKEN;
  static final long NO_PERMISSION_USER = DemoFixture.BOB;
  static final String NO_GROUPS_TARIFF_TOKEN = DemoFixture.NO_GROUPS_TARIFF_TOKEN;
  static final String GROUP_ADMIN_TOKEN = DemoFixture.GROUP_ADMIN_TOKEN;
  static final long GROUP_ADMIN = DemoFixture.CAROL;
  static final String OTHER_COMPANY_TOKEN = DemoFixture.OTHER_COMPANY_TOKEN;
  static final String DEACTIVATED_TOKEN = DemoFixture.DEACTIVATED_TOKEN;
  static final String DEVELOPERS = DemoFixture.DEVELOPERS;
  static final String ENGINEERING = DemoFixture.ENGINEERING;
  static final long ADA = DemoFixture.ADA;
  static final long ALAN = DemoFixture.ALAN;
  static final long GRACE = DemoFixture.GRACE;
  /** The API's base path, as in the contract's server URL. */
  static final String BASE_PATH = "/api/latest";

  private Demo() {}
}
