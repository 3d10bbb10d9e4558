package io.kaitenkit.mock.adminapi;

import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.admin.KaitenAdmin;

/** {@link KaitenAdmin} as {@link KaitenMockServer} implements it, in this JVM. */
class InProcessKaitenAdminTest extends KaitenAdminContract {
  @Override
  KaitenAdmin admin(KaitenMockServer mock) {
    return mock;
  }
}
