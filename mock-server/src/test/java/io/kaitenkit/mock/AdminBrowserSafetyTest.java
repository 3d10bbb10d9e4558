package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.Fault;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A web page of another site cannot reach the admin API: no form or text body, no other origin, no
 * DNS rebinding, no permissive CORS; a page of the mock's own origin and non-browser clients can.
 */
class AdminBrowserSafetyTest {
  private static final String EMPTY_STATE = "{\"companies\":[],\"users\":[],\"groups\":[],\"tokens\":{}}";

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void aTextPlainWriteIs415AndChangesNothing() {
    String before = MOCK.server().state().toJson();

    TestHttp.Answer answer = TestHttp.request("PUT", MOCK.server().adminUrl() + "/state")
        .header("Content-Type", "text/plain;charset=UTF-8").body(EMPTY_STATE).send();

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.body()).contains("admin writes need Content-Type: application/json, got text/plain");
    assertThat(MOCK.server().state().toJson()).isEqualTo(before);
  }

  @Test
  void aBodilessPostWithoutContentTypeIs415() {
    MOCK.server().addFault(Fault.on("listGroupUsers").status(503));

    TestHttp.Answer answer = TestHttp.request("POST", MOCK.server().adminUrl() + "/reset").send();

    assertThat(answer.status()).isEqualTo(415);
    assertThat(MOCK.server().faults()).hasSize(1);
  }

  @Test
  void anotherOriginIs403WithoutCorsHeadersAndChangesNothing() {
    String before = MOCK.server().state().toJson();

    TestHttp.Answer write = TestHttp.request("PUT", MOCK.server().adminUrl() + "/state")
        .header("Origin", "http://evil.example").json(EMPTY_STATE).send();
    TestHttp.Answer preflight = TestHttp.request("OPTIONS", MOCK.server().adminUrl() + "/state")
        .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "PUT").send();

    assertThat(write.status()).isEqualTo(403);
    assertThat(write.body()).contains("answers only its own origin");
    assertThat(preflight.status()).isEqualTo(403);
    assertThat(write.headers().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    assertThat(preflight.headers().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    assertThat(MOCK.server().state().toJson()).isEqualTo(before);
  }

  @Test
  void aPageOfTheMocksOwnOriginMayWrite() {
    String origin = "http://127.0.0.1:" + MOCK.server().port();

    TestHttp.Answer answer = TestHttp.request("PUT", MOCK.server().adminUrl() + "/state")
        .header("Origin", origin).header("Sec-Fetch-Site", "same-origin").json(EMPTY_STATE).send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(MOCK.server().state().tokens()).isEmpty();
  }

  @Test
  void aRebindingHostNameIs403WhileLocalhostIsServed() throws IOException {
    RawExchange.Answer rebound = RawExchange.send(MOCK.server().port(), request("attacker.example:" + MOCK.server().port()));
    RawExchange.Answer local = RawExchange.send(MOCK.server().port(), request("localhost:" + MOCK.server().port()));
    RawExchange.Answer ipv6 = RawExchange.send(MOCK.server().port(), request("[::1]:" + MOCK.server().port()));

    assertThat(rebound.status()).isEqualTo(403);
    assertThat(rebound.body()).contains("DNS-rebinding");
    assertThat(local.status()).isEqualTo(200);
    assertThat(ipv6.status()).isEqualTo(200);
  }

  @Test
  void aHostThatOnlyLooksLikeLoopbackIs403WhileLoopbackAddressesAreServed() throws IOException {
    int port = MOCK.server().port();
    RawExchange.Answer lookalike = RawExchange.send(port, request("127.evil.example:" + port));
    RawExchange.Answer dotted = RawExchange.send(port, request("127.0.0.1.evil.example:" + port));
    RawExchange.Answer otherLoopback = RawExchange.send(port, request("127.0.0.2:" + port));
    RawExchange.Answer subdomain = RawExchange.send(port, request("app.localhost:" + port));

    assertThat(lookalike.status()).isEqualTo(403);
    assertThat(lookalike.body()).contains("DNS-rebinding");
    assertThat(dotted.status()).isEqualTo(403);
    assertThat(otherLoopback.status()).isEqualTo(200);
    assertThat(subdomain.status()).isEqualTo(200);
  }

  @Test
  void offLoopbackAnyHostNameIsServedBehindTheToken() throws IOException {
    try (KaitenMockServer open = KaitenMockServer.start(MockOptions.builder().host("0.0.0.0").adminToken("s3cret-admin").build())) {
      byte[] request = ("GET /__admin/state HTTP/1.1\r\nHost: mock.internal.example\r\n"
          + "Authorization: Bearer s3cret-admin\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

      assertThat(RawExchange.send(open.port(), request).status()).isEqualTo(200);
    }
  }

  private static byte[] request(String host) {
    return ("GET /__admin/state HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
