package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The admin API's protection: a token when asked for, and never an open admin API off loopback. */
class AdminProtectionTest {
  @Test
  void nonLoopbackBindWithoutAdminTokenIsRefused() {
    MockOptions open = MockOptions.builder().host("0.0.0.0").build();

    assertThatThrownBy(() -> KaitenMockServer.start(open))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing to bind 0.0.0.0 without an admin token");
  }

  @Test
  void aHostNameThatOnlyLooksLikeLoopbackIsNotLoopback() {
    MockOptions lookalike = MockOptions.builder().host("127.evil.example").build();

    assertThat(lookalike.loopback()).isFalse();
    assertThatThrownBy(() -> KaitenMockServer.start(lookalike))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing to bind 127.evil.example without an admin token");
  }

  @Test
  void loopbackIsDecidedByAddress() {
    assertThat(MockOptions.builder().host("127.0.0.2").build().loopback()).isTrue();
    assertThat(MockOptions.builder().host("::1").build().loopback()).isTrue();
    assertThat(MockOptions.builder().host("localhost").build().loopback()).isTrue();
    assertThat(MockOptions.builder().host("0.0.0.0").build().loopback()).isFalse();
  }

  @Test
  void withATokenAdminCallsWithoutItGet401AndTheApiIsUnaffected() {
    try (KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder().adminToken("s3cret-admin").build())) {
      TestHttp.Answer anonymous = TestHttp.request("POST", kaiten.adminUrl() + "/reset").json("").send();
      TestHttp.Answer wrong = TestHttp.request("GET", kaiten.adminUrl() + "/state").token("guess").send();
      TestHttp.Answer right = TestHttp.request("GET", kaiten.adminUrl() + "/state").token("s3cret-admin").send();
      TestHttp.Answer api = TestHttp.request("GET", kaiten.url("/groups/developers/users"))
          .token("demo-admin-token").send();

      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.body()).contains("needs the admin token");
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(right.status()).isEqualTo(200);
      assertThat(api.status()).isEqualTo(200);
    }
  }

  @Test
  void optionsNeverPrintTheAdminToken() {
    assertThat(MockOptions.builder().adminToken("s3cret-admin").build().toString())
        .doesNotContain("s3cret-admin").contains("adminToken=set");
  }
}
