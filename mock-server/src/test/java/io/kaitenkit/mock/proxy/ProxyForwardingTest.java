package io.kaitenkit.mock.proxy;

import io.kaitenkit.spec.Violation;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.LogCapture;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.Isolated;

/** The validation proxy passes requests and answers through unchanged, apart from hop-by-hop headers. */
@Isolated
class ProxyForwardingTest {
  /** The proxy warns of each drift and upstream failure that these tests provoke on purpose. */
  @RegisterExtension
  final LogCapture proxyLog = LogCapture.of("io.kaitenkit.mock.internal.proxy");

  private static StubUpstream upstream;
  private static KaitenMockServer kaiten;

  @BeforeAll
  static void start() {
    upstream = StubUpstream.start();
    kaiten = KaitenMockServer.start(MockOptions.builder().proxyTo(upstream.uri()).build());
  }

  @AfterAll
  static void stop() {
    kaiten.close();
    upstream.close();
  }

  @BeforeEach
  void reset() {
    kaiten.reset();
    upstream.clearReceived();
  }

  @Test
  void conformingAnswerComesBackByteForByteAndCountsAsConforming() throws Exception {
    String body = "  " + Users.conforming() + "\n";
    upstream.answer(200, Map.of(
        "Content-Type", "application/json; charset=utf-8",
        "X-RateLimit-Remaining", "4",
        "X-RateLimit-Reset", "1767225600000",
        "X-Request-Id", "req-7"), body);

    Call.Answer answer = Call.to("DELETE", kaiten.url("/groups/developers/users/42")).token("upstream-token").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(body.getBytes(UTF_8));
    assertThat(answer.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(answer.header("X-RateLimit-Remaining")).isEqualTo("4");
    assertThat(answer.header("X-RateLimit-Reset")).isEqualTo("1767225600000");
    assertThat(answer.header("X-Request-Id")).isEqualTo("req-7");
    RecordedExchange recorded = kaiten.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(recorded.operationId()).isEqualTo("removeUserFromGroup");
    assertThat(recorded.violations()).isEmpty();
    ProxyDrift drift = kaiten.drift();
    assertThat(drift.rows()).containsExactly(new ProxyDrift.Row("removeUserFromGroup", 200, 1, 0, List.of()));
    assertThat(drift.hasDrift()).isFalse();
  }

  @Test
  void methodPathQueryHeadersAndBodyReachTheUpstreamUnchanged() throws Exception {
    upstream.answerJson(200, Users.conforming());

    Call.Answer answer = Call.to("POST", kaiten.url("/groups/dev%20ops/users?trace=a%2Fb&x=1&x=2"))
        .token("upstream-token")
        .header("X-Correlation-Id", "c-1")
        .json("{ \"user_id\" : 42 }")
        .send();

    assertThat(answer.status()).isEqualTo(200);
    StubUpstream.Received received = upstream.take();
    assertThat(received.method()).isEqualTo("POST");
    assertThat(received.uri()).isEqualTo("/api/latest/groups/dev%20ops/users?trace=a%2Fb&x=1&x=2");
    assertThat(received.bodyText()).isEqualTo("{ \"user_id\" : 42 }");
    assertThat(received.header("Authorization")).isEqualTo("Bearer upstream-token");
    assertThat(received.header("X-Correlation-Id")).isEqualTo("c-1");
    assertThat(received.header("Content-Type")).isEqualTo("application/json");
    assertThat(received.header("Content-Length")).isEqualTo("18");
    assertThat(received.header("Host")).isEqualTo("127.0.0.1:" + upstream.port());
    assertThat(kaiten.takeRequest(5, TimeUnit.SECONDS).operationId()).isEqualTo("addUserToGroup");
  }

  @Test
  void upstreamUrlPathGoesInFrontAndTheBasePathIsNotDoubled() throws Exception {
    upstream.answerJson(200, "[]");
    URI withPrefixAndBase = URI.create(upstream.uri() + "/gateway/api/latest/");
    try (KaitenMockServer prefixed = KaitenMockServer.start(MockOptions.builder().proxyTo(withPrefixAndBase).build())) {

      Call.Answer answer = Call.to("GET", prefixed.url("/groups/developers/users")).token("t0ken-1").send();

      assertThat(answer.status()).isEqualTo(200);
      assertThat(upstream.take().uri()).isEqualTo("/gateway/api/latest/groups/developers/users");
    }
  }

  @Test
  void hopByHopHeadersStayOnTheirHop() throws Exception {
    upstream.answer(200, Map.of("Content-Type", "application/json", "Connection", "X-Upstream-Hop",
        "X-Upstream-Hop", "1", "X-Upstream-End", "2"), "[]");

    String answer = rawExchange("GET /api/latest/groups/developers/users HTTP/1.1\r\n"
        + "Host: mock.example\r\n"
        + "Authorization: Bearer t0ken-1\r\n"
        + "Connection: close\r\n"
        + "Connection: X-Hop\r\n"
        + "X-Hop: only-to-the-mock\r\n"
        + "Keep-Alive: timeout=5\r\n"
        + "Proxy-Authorization: Basic cHJveHk6cHc=\r\n"
        + "TE: trailers\r\n"
        + "X-End: 1\r\n"
        + "\r\n");

    assertThat(answer).startsWith("HTTP/1.1 200");
    assertThat(answer).containsIgnoringCase("X-Upstream-End: 2").doesNotContainIgnoringCase("X-Upstream-Hop");
    StubUpstream.Received received = upstream.take();
    assertThat(received.header("X-End")).isEqualTo("1");
    assertThat(received.header("Authorization")).isEqualTo("Bearer t0ken-1");
    assertThat(received.header("Host")).isEqualTo("127.0.0.1:" + upstream.port());
    assertThat(received.headers().keySet())
        .noneMatch(name -> List.of("x-hop", "keep-alive", "proxy-authorization", "te").contains(name.toLowerCase()));
    assertThat(received.header("Connection")).satisfiesAnyOf(
        connection -> assertThat(connection).isNull(),
        connection -> assertThat(connection).doesNotContainIgnoringCase("X-Hop"));
  }

  @Test
  void chunkedAnswerIsCheckedWholeAndPassedOnWhole() throws Exception {
    String body = Users.changed(user -> user.remove("email"));
    upstream.answer((request, requestBody) -> request.response()
        .setChunked(true)
        .putHeader("Content-Type", "application/json")
        .write(body.substring(0, 10))
        .compose(v -> request.response().write(body.substring(10, 200)))
        .compose(v -> request.response().end(body.substring(200))));

    Call.Answer answer = Call.to("DELETE", kaiten.url("/groups/developers/users/42")).token("t0ken-1").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).isEqualTo(body);
    assertThat(kaiten.takeRequest(5, TimeUnit.SECONDS).violations()).map(Violation::toString)
        .containsExactly("response body: Field 'email' is required.");
  }

  @ParameterizedTest(name = "chunked={0}")
  @ValueSource(booleans = {true, false})
  void answersBeyondTheCheckLimitStreamThroughWholeAndAreReportedUnchecked(boolean chunked) throws Exception {
    byte[] big = new byte[10 * 1024 * 1024];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) ('a' + i % 26);
    }
    Buffer bytes = Buffer.buffer(big);
    upstream.answer((request, requestBody) -> {
      request.response().putHeader("Content-Type", "application/json");
      if (chunked) {
        request.response().setChunked(true);
        for (int offset = 0; offset < big.length; offset += 64 * 1024) {
          request.response().write(bytes.slice(offset, offset + 64 * 1024));
        }
        request.response().end();
      } else {
        request.response().end(bytes);
      }
    });

    Call.Answer answer = Call.to("GET", kaiten.url("/groups/developers/users")).token("t0ken-1").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).hasSize(big.length).isEqualTo(big);
    assertThat(kaiten.takeRequest(5, TimeUnit.SECONDS).violations()).map(Violation::toString)
        .containsExactly("response body: not validated: larger than 8388608 bytes, passed through unchecked");
  }

  @Test
  void compressedAnswerIsPassedOnCompressedAndCheckedDecoded() throws Exception {
    byte[] gzipped = gzip(Users.changed(user -> user.remove("email")));
    upstream.answer((request, requestBody) -> request.response()
        .putHeader("Content-Type", "application/json")
        .putHeader("Content-Encoding", "gzip")
        .end(Buffer.buffer(gzipped)));

    Call.Answer answer = Call.to("DELETE", kaiten.url("/groups/developers/users/42")).token("t0ken-1")
        .header("Accept-Encoding", "gzip").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(answer.body()).isEqualTo(gzipped);
    assertThat(upstream.take().header("Accept-Encoding")).isEqualTo("gzip");
    assertThat(kaiten.takeRequest(5, TimeUnit.SECONDS).violations()).map(Violation::toString)
        .containsExactly("response body: Field 'email' is required.");
  }

  @Test
  void plainAnswerIsNotCompressedOnTheWayBack() throws Exception {
    String body = Users.conformingList();
    upstream.answerJson(200, body);

    Call.Answer answer = Call.to("GET", kaiten.url("/groups/developers/users")).token("t0ken-1")
        .header("Accept-Encoding", "gzip").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Encoding")).isNull();
    assertThat(answer.text()).isEqualTo(body);
  }

  @Test
  void adminRequestsAreAnsweredByTheMockNotForwarded() throws Exception {
    Call.Answer answer = Call.to("GET", kaiten.adminUrl() + "/health").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).contains("\"status\":\"up\"");
    assertThat(upstream.pending()).isZero();
    assertThat(kaiten.requestCount()).isZero();
  }

  @Test
  void requestsOutsideTheContractAreForwardedAndCountedAsUnmatched() throws Exception {
    upstream.answerJson(200, "{\"boards\":[]}");

    Call.Answer answer = Call.to("GET", kaiten.url("/boards?limit=5")).token("t0ken-1").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).isEqualTo("{\"boards\":[]}");
    assertThat(upstream.take().uri()).isEqualTo("/api/latest/boards?limit=5");
    RecordedExchange recorded = kaiten.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded.operationId()).isNull();
    assertThat(recorded.violations()).isEmpty();
    ProxyDrift drift = kaiten.drift();
    assertThat(drift.unmatched()).isEqualTo(1);
    assertThat(drift.unmatchedRequests()).containsExactly("GET /api/latest/boards");
    assertThat(drift.rows()).isEmpty();
    assertThat(drift.hasDrift()).isFalse();
  }

  @Test
  void faultsApplyBeforeTheUpstream() throws Exception {
    kaiten.addFault(Fault.on("removeUserFromGroup").times(1).status(503, Map.of(), "maintenance"));

    Call.Answer answer = Call.to("DELETE", kaiten.url("/groups/developers/users/42")).token("t0ken-1").send();

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.text()).isEqualTo("maintenance");
    assertThat(upstream.pending()).isZero();
    assertThat(kaiten.takeRequest(5, TimeUnit.SECONDS).status()).isEqualTo(503);
    assertThat(kaiten.drift().rows()).isEmpty();
  }

  private String rawExchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", kaiten.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(text.getBytes(UTF_8));
    }
    return bytes.toByteArray();
  }
}
