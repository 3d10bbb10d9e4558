package io.kaitenkit.mock.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP client puts on the wire and how it reads refusals, against a stand-in admin API on the
 * JDK's server; this module's classpath has no Vert.x, as a caller's need not.
 */
class HttpKaitenAdminWireTest {
  /** One request as the stand-in saw it. */
  record Seen(String method, String path, String contentType, String authorization, String body) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private int status = 200;
  private String answer = "{\"message\":\"ok\"}";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("Authorization"),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private KaitenAdmin admin(String token) {
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    return token == null ? KaitenAdmin.connect(base) : KaitenAdmin.connect(base, token);
  }

  @Test
  void theCallerNeedsNoVertx() {
    assertThatThrownBy(() -> Class.forName("io.vertx.core.Vertx")).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void writesAreJsonAndCarryTheAdminToken() {
    KaitenAdmin admin = admin("the-admin-token");

    admin.rateLimit(5);
    admin.exhaustRateLimit("t-1");
    admin.setUpProviderState("user 42 is a member of group developers", Map.of("userId", 42));
    admin.replaceState("{\"companies\":[]}");
    admin.reset();

    assertThat(seen).extracting(Seen::method, Seen::path, Seen::contentType, Seen::authorization)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PUT", "/__admin/rate-limit", "application/json", "Bearer the-admin-token"),
            org.assertj.core.groups.Tuple.tuple("POST", "/__admin/rate-limit/exhaust", "application/json", "Bearer the-admin-token"),
            org.assertj.core.groups.Tuple.tuple("POST", "/__admin/provider-states", "application/json", "Bearer the-admin-token"),
            org.assertj.core.groups.Tuple.tuple("PUT", "/__admin/state", "application/json", "Bearer the-admin-token"),
            org.assertj.core.groups.Tuple.tuple("POST", "/__admin/reset", "application/json", "Bearer the-admin-token"));
    assertThat(seen.get(0).body()).isEqualTo("{\"requestsPerSecond\":5}");
    assertThat(seen.get(1).body()).isEqualTo("{\"token\":\"t-1\"}");
    assertThat(seen.get(2).body()).isEqualTo(
        "{\"state\":\"user 42 is a member of group developers\",\"action\":\"setup\",\"params\":{\"userId\":\"42\"}}");
    assertThat(seen.get(3).body()).isEqualTo("{\"companies\":[]}");
  }

  @Test
  void withoutATokenNoAuthorizationIsSent() {
    admin(null).clearFaults();

    assertThat(seen).singleElement().satisfies(request -> {
      assertThat(request.method()).isEqualTo("DELETE");
      assertThat(request.path()).isEqualTo("/__admin/faults");
      assertThat(request.authorization()).isNull();
    });
  }

  @Test
  void aRefusalBecomesAnExceptionWithStatusAndMessage() {
    status = 415;
    answer = "{\"message\":\"admin writes need Content-Type: application/json, got none\"}";

    assertThatThrownBy(() -> admin(null).rateLimit(1))
        .isInstanceOfSatisfying(KaitenAdminException.class, e -> {
          assertThat(e.status()).isEqualTo(415);
          assertThat(e.serverMessage()).isEqualTo("admin writes need Content-Type: application/json, got none");
          assertThat(e.getMessage()).isEqualTo(
              "PUT /rate-limit answered 415: admin writes need Content-Type: application/json, got none");
        });
  }

  @Test
  void aBodyThatIsNotTheAdminApisJsonIsQuotedShort() {
    status = 502;
    answer = "<html>" + "x".repeat(500) + "</html>";

    assertThatThrownBy(() -> admin(null).faults())
        .isInstanceOfSatisfying(KaitenAdminException.class, e -> {
          assertThat(e.status()).isEqualTo(502);
          assertThat(e.serverMessage()).startsWith("<html>xxx").endsWith("...").hasSize(200);
        });
  }

  @Test
  void theOriginTheApiBaseUrlAndTheAdminUrlAllReachTheAdminApi() {
    String origin = "http://127.0.0.1:" + server.getAddress().getPort();

    KaitenAdmin.connect(URI.create(origin + "/")).clearDrift();
    KaitenAdmin.connect(URI.create(origin + "/api/latest")).clearDrift();
    KaitenAdmin.connect(URI.create(origin + "/__admin/")).clearDrift();

    assertThat(seen).extracting(Seen::path).containsExactly("/__admin/drift", "/__admin/drift", "/__admin/drift");
  }

  @Test
  void aMissingFaultIsFalseNotAnError() {
    status = 404;
    answer = "{\"message\":\"no fault with id 'f-9'\"}";

    assertThat(admin(null).removeFault("f 9")).isFalse();
    assertThat(seen).singleElement().extracting(Seen::path).isEqualTo("/__admin/faults/f%209");
  }
}
