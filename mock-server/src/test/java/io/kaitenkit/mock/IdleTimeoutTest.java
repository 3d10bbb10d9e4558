package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A connection that stays idle beyond the idle timeout is closed by the mock, which goes on serving. */
class IdleTimeoutTest {
  @Test
  void anIdleConnectionIsClosed() throws Exception {
    try (KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder()
        .idleTimeout(Duration.ofMillis(300)).build());
        Socket idle = new Socket("127.0.0.1", kaiten.port())) {
      idle.setSoTimeout(10_000); // far beyond the idle timeout: a read that ends means the server closed
      InputStream in = idle.getInputStream();

      assertThat(in.read()).isEqualTo(-1);
      TestHttp.Answer answer = TestHttp.request("GET", kaiten.url("/groups/developers/users"))
          .token(Demo.ADMIN).send();
      assertThat(answer.status()).isEqualTo(200);
    }
  }

  @Test
  void aConnectionThatStopsHalfwayThroughItsHeadIsClosed() throws Exception {
    try (KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder()
        .idleTimeout(Duration.ofMillis(300)).build());
        Socket slow = new Socket("127.0.0.1", kaiten.port())) {
      slow.setSoTimeout(10_000);
      slow.getOutputStream().write("GET /api/latest/groups/developers/users HTTP/1.1\r\nHost: x\r\n"
          .getBytes(StandardCharsets.US_ASCII));

      assertThat(slow.getInputStream().read()).isEqualTo(-1);
    }
  }
}
