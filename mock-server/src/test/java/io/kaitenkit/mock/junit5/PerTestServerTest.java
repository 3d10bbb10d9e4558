package io.kaitenkit.mock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An instance extension field: every test gets a server of its own. */
class PerTestServerTest {
  private static final Set<Integer> PORTS = new HashSet<>();

  @RegisterExtension
  KaitenMockExtension kaiten = KaitenMockExtension.builder().build();

  @RepeatedTest(3)
  void eachTestHasItsOwnFreshServer() throws Exception {
    int status = KaitenMockExtensionTest.Http.send("DELETE", kaiten.baseUrl() + "/groups/developers/users/42",
        "demo-admin-token");

    assertThat(status).isEqualTo(200);
    assertThat(kaiten.requestCount()).isEqualTo(1);
    PORTS.add(URI.create(kaiten.baseUrl()).getPort());
  }

  @AfterAll
  static void everyTestUsedAnotherServer() {
    assertThat(PORTS).hasSize(3);
  }
}
