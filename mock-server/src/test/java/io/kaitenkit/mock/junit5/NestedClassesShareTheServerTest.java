package io.kaitenkit.mock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.KaitenMockServer;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A static extension field: {@code @Nested} classes reuse the outer class's server; no second one starts. */
class NestedClassesShareTheServerTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  /** Every server a test of this class saw, with how many tests saw it. */
  private static final Map<KaitenMockServer, Integer> SEEN = new IdentityHashMap<>();
  private static String outerBaseUrl;

  @BeforeAll
  static void rememberTheOuterServer() {
    outerBaseUrl = MOCK.baseUrl();
  }

  private static void see() {
    SEEN.merge(MOCK.server(), 1, Integer::sum);
  }

  @Test
  void theOuterTestUsesTheServer() throws Exception {
    see();
    int status = KaitenMockExtensionTest.Http.send("DELETE", MOCK.baseUrl() + "/groups/developers/users/42",
        "demo-admin-token");

    assertThat(status).isEqualTo(200);
    assertThat(MOCK.requestCount()).isEqualTo(1);
  }

  @Nested
  class Inner {
    @Test
    void seesTheOuterBaseUrlAndAResetState(KaitenMockInfo info) {
      see();

      assertThat(MOCK.baseUrl()).isEqualTo(outerBaseUrl);
      assertThat(info.baseUrl()).isEqualTo(outerBaseUrl);
      assertThat(MOCK.requestCount()).isZero();
      assertThat(MOCK.state().isMember("developers", 42)).isTrue();
    }

    @Nested
    class Deeper {
      @Test
      void stillTheSameServer() {
        see();

        assertThat(MOCK.baseUrl()).isEqualTo(outerBaseUrl);
      }
    }
  }

  @AfterAll
  static void oneServerServedEveryTestAndOutlivedTheNestedClasses() throws Exception {
    assertThat(SEEN).hasSize(1);
    assertThat(SEEN.values()).containsExactly(3);
    // The nested classes ended before this runs: had they closed the server, this call would fail.
    int status = KaitenMockExtensionTest.Http.send("GET", MOCK.baseUrl() + "/groups/developers/users",
        "demo-admin-token");
    assertThat(status).isEqualTo(200);
  }
}
