package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Admin bodies have a limit of their own: a state too large is refused with 413 and changes nothing. */
class AdminBodyLimitTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void anOversizedStateIsRefusedWith413AndTheStateStaysAsItWas() {
    String before = TestHttp.request("GET", MOCK.server().adminUrl() + "/state").send().body();
    byte[] huge = new byte[9 * 1024 * 1024];
    Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    huge[huge.length - 1] = '}';

    TestHttp.Answer answer = TestHttp.request("PUT", MOCK.server().adminUrl() + "/state")
        .header("Content-Type", "application/json").bytes(huge).onNewConnection().send();

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.body()).contains("admin request body exceeds the limit of 8388608 bytes (8 MiB)")
        .contains("nothing was changed");
    assertThat(TestHttp.request("GET", MOCK.server().adminUrl() + "/state").send().body()).isEqualTo(before);
    assertThat(TestHttp.request("GET", MOCK.server().url("/groups/developers/users")).token("demo-admin-token")
        .send().status()).isEqualTo(200);
  }
}
