package io.kaitenkit.mock.proxy;

import io.kaitenkit.spec.Violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.Canary;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.LogCapture;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.admin.RecordedExchange;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.junit.jupiter.api.parallel.Isolated;

/** Tokens go to the upstream as they came, and nowhere else: not the journal, the drift summary or the log. */
@Isolated
class TokenSecrecyTest {
  private static final String CANARY = Canary.TOKEN;

  private LogCapture logs;

  @BeforeEach
  void captureLogs() {
    logs = LogCapture.of(Logger.ROOT_LOGGER_NAME); // logback-test.xml logs the mock at every level
  }

  @AfterEach
  void releaseLogs() {
    logs.close();
  }

  @Test
  void tokenReachesTheUpstreamButNothingTheMockReportsEvenWhenTheUpstreamEchoesIt() throws Exception {
    try (StubUpstream upstream = StubUpstream.start()
            .answerJson(200, Users.changed(user -> user.put("theme", CANARY)));
        KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder().proxyTo(upstream.uri()).build())) {

      Call.Answer answer = Call.to("DELETE", kaiten.url("/groups/developers/users/42")).token(CANARY)
          .header("X-Api-Key", CANARY).header("Cookie", "session=" + CANARY).send();

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.text()).contains(CANARY); // the upstream's answer is the client's business
      StubUpstream.Received received = upstream.take();
      assertThat(received.header("Authorization")).isEqualTo("Bearer " + CANARY);
      assertThat(received.header("X-Api-Key")).isEqualTo(CANARY);
      assertThat(received.header("Cookie")).isEqualTo("session=" + CANARY);
      RecordedExchange recorded = kaiten.takeRequest(5, TimeUnit.SECONDS);
      assertThat(recorded.violations()).map(Violation::toString)
          .containsExactly("response body.theme: Value 'cana…(" + CANARY.length() + ")' is not defined in the schema.");
      assertThat(logs.messages()).isNotEmpty();
      assertNowhere(recorded.toString(), recorded.headers().toString(), kaiten.drift().toString(),
          adminJson(kaiten, "/requests"), adminJson(kaiten, "/drift"), logText());
    }
  }

  @Test
  void tokenStaysOutOfUpstreamFailureReports() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (KaitenMockServer kaiten = KaitenMockServer.start(
        MockOptions.builder().proxyTo(URI.create("http://127.0.0.1:" + closedPort)).build())) {

      Call.Answer answer = Call.to("GET", kaiten.url("/groups/developers/users")).token(CANARY).send();

      assertThat(answer.status()).isEqualTo(502);
      RecordedExchange recorded = kaiten.takeRequest(5, TimeUnit.SECONDS);
      assertThat(recorded.violations()).singleElement().asString().contains("refused");
      assertThat(logs.messages()).isNotEmpty();
      assertNowhere(answer.text(), recorded.toString(), kaiten.drift().toString(),
          adminJson(kaiten, "/requests"), adminJson(kaiten, "/drift"), logText());
    }
  }

  private static void assertNowhere(String... texts) {
    assertThat(List.of(texts)).allSatisfy(text -> assertThat(text).doesNotContain(CANARY));
  }

  private static String adminJson(KaitenMockServer kaiten, String path) throws Exception {
    Call.Answer answer = Call.to("GET", kaiten.adminUrl() + path).send();
    assertThat(answer.status()).isEqualTo(200);
    return answer.text();
  }

  private String logText() {
    return String.join("\n", logs.messages());
  }
}
