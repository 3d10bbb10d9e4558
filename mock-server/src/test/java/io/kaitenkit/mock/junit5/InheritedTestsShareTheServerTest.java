package io.kaitenkit.mock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.admin.KaitenAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @KaitenMockTest} on a superclass: the subclass runs the inherited tests and its own against one
 * server started with the superclass's options, and tests may take the {@link KaitenAdmin} of that server.
 */
class InheritedTestsShareTheServerTest extends EmptyFixtureTests {
  @Test
  void theSubclassOwnTestRunsOnTheSameServer(KaitenMockInfo info) {
    BASE_URLS.add(info.baseUrl());

    assertThat(info.tokens()).isEmpty();
  }

  @Test
  void aTestMayTakeTheAdminOfTheServer(KaitenMockInfo info, KaitenAdmin admin) {
    BASE_URLS.add(info.baseUrl());
    admin.replaceState("{\"companies\":[{\"domain\":\"acme\",\"tariff\":{\"groups\":true}}],\"users\":[],"
        + "\"groups\":[],\"tokens\":{}}");

    assertThat(admin.stateJson()).contains("\"acme\"");
    assertThat(admin.requestCount()).isZero();
  }

  @AfterAll
  static void oneServerServedThemAll() {
    assertThat(BASE_URLS).hasSize(1);
  }
}
