package io.kaitenkit.mock.proxy;

import io.kaitenkit.spec.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.LogCapture;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** When the upstream gives no usable answer, the client hears so at once: 502 or 504 naming the upstream. */
@Isolated
class UpstreamFailuresTest {
  /** The proxy warns of each drift and upstream failure that these tests provoke on purpose. */
  @RegisterExtension
  final LogCapture proxyLog = LogCapture.of("io.kaitenkit.mock.internal.proxy");

  private static final Duration TIMEOUT = Duration.ofMillis(300);

  @Test
  void refusedConnectionGets502NamingTheUpstream() throws Exception {
    int closedPort = freePort();
    try (KaitenMockServer kaiten = proxyTo(URI.create("http://127.0.0.1:" + closedPort))) {

      Call.Answer answer = Call.to("DELETE", kaiten.url("/groups/developers/users/42")).token("t0ken-1").send();

      String message = "Upstream 127.0.0.1:" + closedPort + " refused the connection";
      assertThat(answer.status()).isEqualTo(502);
      assertThat(answer.header("Content-Type")).startsWith("application/json");
      assertThat(answer.text()).isEqualTo("{\"message\":\"" + message + "\"}");
      assertFailureRecorded(kaiten, 502, message);
    }
  }

  @Test
  void silentUpstreamGets504OnceTheTimeoutPasses() throws Exception {
    try (StubUpstream upstream = StubUpstream.start().silent(); KaitenMockServer kaiten = proxyTo(upstream.uri())) {
      long started = System.nanoTime();

      Call.Answer answer = Call.to("GET", kaiten.url("/groups/developers/users")).token("t0ken-1").send();

      long tookMillis = (System.nanoTime() - started) / 1_000_000;
      String message = "Upstream 127.0.0.1:" + upstream.port() + " did not answer within 300 ms";
      assertThat(answer.status()).isEqualTo(504);
      assertThat(answer.text()).isEqualTo("{\"message\":\"" + message + "\"}");
      assertThat(tookMillis).isBetween(TIMEOUT.toMillis(), 5_000L);
      assertThat(upstream.take().uri()).isEqualTo("/api/latest/groups/developers/users");
      assertFailureRecorded(kaiten, 504, message);
    }
  }

  @Test
  void upstreamThatStallsWithinItsAnswerGets504() throws Exception {
    try (StubUpstream upstream = StubUpstream.start().answer((request, body) -> request.response()
            .setChunked(true).putHeader("Content-Type", "application/json").write("[{\"id\":"));
        KaitenMockServer kaiten = proxyTo(upstream.uri())) {

      Call.Answer answer = Call.to("GET", kaiten.url("/groups/developers/users")).token("t0ken-1").send();

      assertThat(answer.status()).isEqualTo(504);
      assertFailureRecorded(kaiten, 504, "Upstream 127.0.0.1:" + upstream.port() + " did not answer within 300 ms");
    }
  }

  @Test
  void upstreamThatStallsWhileStreamingCutsTheClientsConnection() throws Exception {
    Buffer nineMegabytes = Buffer.buffer(new byte[9 * 1024 * 1024]);
    try (StubUpstream upstream = StubUpstream.start().answer((request, body) -> request.response()
            .setChunked(true).putHeader("Content-Type", "application/json").write(nineMegabytes));
        KaitenMockServer kaiten = proxyTo(upstream.uri())) {

      assertThatThrownBy(() -> Call.to("GET", kaiten.url("/groups/developers/users")).token("t0ken-1").send())
          .isInstanceOf(IOException.class);

      RecordedExchange recorded = kaiten.takeRequest(5, TimeUnit.SECONDS);
      assertThat(recorded.status()).isEqualTo(200);
      ProxyDrift drift = kaiten.drift();
      assertThat(drift.upstreamFailures()).isEqualTo(1);
      assertThat(drift.upstreamFailureMessages()).containsExactly("Upstream 127.0.0.1:" + upstream.port()
          + " did not answer within 300 ms while sending the body; the client's connection was closed");
    }
  }

  @Test
  void upstreamThatHangsUpGets502() throws Exception {
    try (StubUpstream upstream = StubUpstream.start().answer((request, body) -> request.connection().close());
        KaitenMockServer kaiten = proxyTo(upstream.uri())) {

      Call.Answer answer = Call.to("DELETE", kaiten.url("/groups/developers/users/42")).token("t0ken-1").send();

      assertThat(answer.status()).isEqualTo(502);
      assertThat(answer.text()).startsWith("{\"message\":\"Upstream 127.0.0.1:" + upstream.port() + " failed: ");
      assertThat(kaiten.takeRequest(5, TimeUnit.SECONDS).status()).isEqualTo(502);
      assertThat(kaiten.drift().upstreamFailures()).isEqualTo(1);
    }
  }

  @Test
  void upstreamWithAnUntrustedCertificateGets502(@TempDir Path dir) throws Exception {
    Path keystore = TestCertificates.keystore(dir, "ip:127.0.0.1");
    try (StubUpstream upstream = StubUpstream.startTls(keystore, TestCertificates.PASSWORD);
        KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder().proxyTo(upstream.uri()).build())) {

      Call.Answer answer = Call.to("GET", kaiten.url("/groups/developers/users")).token("t0ken-1").send();

      assertThat(answer.status()).isEqualTo(502);
      assertThat(answer.text()).startsWith("{\"message\":\"TLS with upstream 127.0.0.1:" + upstream.port() + " failed: ");
      assertThat(upstream.pending()).isZero();
      RecordedExchange recorded = kaiten.takeRequest(5, TimeUnit.SECONDS);
      assertThat(recorded.status()).isEqualTo(502);
      assertThat(recorded.violations()).singleElement().asString().startsWith("proxy: TLS with upstream 127.0.0.1:");
    }
  }

  private static KaitenMockServer proxyTo(URI upstream) {
    return KaitenMockServer.start(MockOptions.builder().proxyTo(upstream).upstreamTimeout(TIMEOUT).build());
  }

  private static void assertFailureRecorded(KaitenMockServer kaiten, int status, String message) throws Exception {
    RecordedExchange recorded = kaiten.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded.status()).isEqualTo(status);
    assertThat(recorded.violations()).map(Violation::toString).containsExactly("proxy: " + message);
    ProxyDrift drift = kaiten.drift();
    assertThat(drift.upstreamFailures()).isEqualTo(1);
    assertThat(drift.upstreamFailureMessages()).containsExactly(message);
    assertThat(drift.rows()).isEmpty();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
