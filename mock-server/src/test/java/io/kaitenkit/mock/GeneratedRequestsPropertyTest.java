package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Ten thousand generated requests a run: random methods; paths with unicode, percent-encodings, dot
 * segments and overlong segments; random and malformed tokens; random and malformed bodies. The mock
 * never answers 5xx, never departs from the contract, and a request it rejects changes nothing.
 */
class GeneratedRequestsPropertyTest {
  private static final int TRIES = 10_000;
  private static final AtomicInteger SENT = new AtomicInteger();
  private static KaitenMockServer kaiten;

  /** One generated request, printed readably when a property fails; an empty header or body is not sent. */
  record Generated(String method, String target, String authorization, String contentType, String prefer,
      String body) {
    byte[] bytes(int port) {
      StringBuilder head = new StringBuilder()
          .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
          .append("Host: 127.0.0.1:").append(port).append("\r\n");
      if (!authorization.isEmpty()) {
        head.append("Authorization: ").append(authorization).append("\r\n");
      }
      if (!contentType.isEmpty()) {
        head.append("Content-Type: ").append(contentType).append("\r\n");
      }
      if (!prefer.isEmpty()) {
        head.append("Prefer: ").append(prefer).append("\r\n");
      }
      byte[] payload = body.getBytes(StandardCharsets.UTF_8);
      if (!body.isEmpty()) {
        head.append("Content-Length: ").append(payload.length).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      return RawExchange.bytes(head.toString(), payload);
    }
  }

  @BeforeContainer
  static void start() {
    kaiten = KaitenMockServer.start(MockOptions.builder().journalCapacity(20_000).build());
  }

  @AfterContainer
  static void stop() {
    try {
      assertThat(SENT.get()).as("generated requests sent").isGreaterThanOrEqualTo(TRIES);
      assertThat(kaiten.requests()).filteredOn(exchange -> !exchange.violations().isEmpty()).isEmpty();
    } finally {
      kaiten.close();
    }
  }

  @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
  void anyRequestGetsAnAnswerBelow500AndARejectedOneChangesNothing(@ForAll("requests") Generated request)
      throws IOException {
    String before = kaiten.state().toJson();

    RawExchange.Answer answer = RawExchange.send(kaiten.port(), request.bytes(kaiten.port()));
    SENT.incrementAndGet();

    assertThat(answer.status()).as(answer.head()).isBetween(100, 499);
    // Prefer: code=200 answers the example and changes nothing; an undocumented code is ignored by
    // operations that document no 400, so such a request may do its work.
    boolean mayChange = answer.status() == 200 && !request.prefer().matches(".*code\\s*=\\s*\"?0*200\\b.*")
        && (request.method().equals("POST") || request.method().equals("DELETE")
            || request.method().equals("PATCH"));
    if (!mayChange) {
      assertThat(kaiten.state().toJson()).isEqualTo(before);
    }
  }

  @Provide
  Arbitrary<Generated> requests() {
    return Combinators.combine(methods(), targets(), authorizations(), contentTypes(), prefers(), bodies())
        .as(Generated::new);
  }

  private static Arbitrary<String> methods() {
    return Arbitraries.of("GET", "POST", "DELETE", "GET", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS",
        "TRACE", "PURGE");
  }

  private static Arbitrary<String> targets() {
    Arbitrary<String> group = Arbitraries.oneOf(
        Arbitraries.of("developers", "designers", "people-ops", "engineering", "tps-reports", "nope"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(8).map(GeneratedRequestsPropertyTest::percentEncode),
        Arbitraries.of("%64evelopers", "dev%2Fops", "..", ".", "%2e%2e", "dev%zz", "%00", "%C3%A9quipe",
            "%F0%9F%98%80", "a%20b"),
        Arbitraries.strings().withCharRange('x', 'x').ofLength(2000));
    Arbitrary<String> userId = Arbitraries.oneOf(
        Arbitraries.of("42", "43", "44", "1", "2", "3", "4", "101", "201", "9999"),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.of("0", "-1", "abc", "1.5", "1e3", "0x2A", "%2042", "99999999999999999999", "%34%32", ""),
        Arbitraries.strings().withCharRange('0', '9').ofMinLength(20).ofMaxLength(400));
    Arbitrary<String> query = Arbitraries.oneOf(
        Arbitraries.just(""),
        Arbitraries.of("?limit=2", "?limit=0", "?limit=101", "?limit=ten", "?offset=-1", "?offset=1", "?query=ada",
            "?ids=42,43", "?ids=a,b", "?ids=", "?include_inactive=yes", "?include_inactive=true",
            "?condition=3", "?condition=2", "?with_users_count=maybe", "?limit=1&limit=2"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(20).map(q -> "?query=" + percentEncode(q)));
    return Arbitraries.oneOf(
        group.map(g -> "/api/latest/groups/" + g + "/users"),
        Combinators.combine(group, userId).as((g, u) -> "/api/latest/groups/" + g + "/users/" + u),
        group.map(g -> "/api/latest/groups/" + g + "/admins"),
        Combinators.combine(group, userId).as((g, u) -> "/api/latest/groups/" + g + "/admins/" + u),
        query.map(q -> "/api/latest/company/groups" + q),
        group.map(g -> "/api/latest/company/groups/" + g),
        query.map(q -> "/api/latest/users" + q),
        Arbitraries.of("/api/latest/users/current", "/api/latest/users/current/", "/api/latest/users/42"),
        Arbitraries.of("/", "/api", "/api/latest", "/api/latest/groups", "/api/latest/groups/developers",
            "/api/latest/groups/developers/users/42/extra", "/api/latest/../latest/groups/developers/users",
            "/api/latest/groups/./developers/users", "//api//latest", "/api/latest/boards", "*"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(30).map(s -> "/" + percentEncode(s)));
  }

  private static Arbitrary<String> authorizations() {
    return Arbitraries.oneOf(
        Arbitraries.of(Demo.ADMIN, Demo.NO_PERMISSION, Demo.GROUP_ADMIN, Demo.MEMBERS_PERMISSION,
            Demo.NO_GROUPS_TARIFF, Demo.OTHER_COMPANY, DemoFixture.DEACTIVATED_TOKEN).map(t -> "Bearer " + t),
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40).map(t -> "Bearer " + t),
        Arbitraries.of("Bearer", "Bearer ", "Basic ZGVtbzpkZW1v", "bearer " + Demo.ADMIN, "Token x",
            "Bearer " + Demo.ADMIN + " extra", Demo.ADMIN),
        Arbitraries.just(""));
  }

  private static Arbitrary<String> contentTypes() {
    return Arbitraries.of("", "application/json", "application/json; charset=utf-8", "text/plain",
        "application/x-www-form-urlencoded", "application/xml");
  }

  private static Arbitrary<String> prefers() {
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        Arbitraries.just(""),
        Arbitraries.integers().between(0, 999).map(code -> "code=" + code),
        Arbitraries.of("code=200", "code=429", "code=abc", "code=", "dynamic=true"));
  }

  private static Arbitrary<String> bodies() {
    Arbitrary<String> userId = Arbitraries.oneOf(
        Arbitraries.of(42L, 43L, 44L, 2L, 101L, 9999L, 0L, -1L).map(String::valueOf),
        Arbitraries.of("\"42\"", "null", "1.5", "1e400", "true", "[42]", "{}"));
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        userId.map(id -> "{\"user_id\":" + id + "}"),
        Arbitraries.of("{\"name\":\"QA\"}", "{\"name\":\"\"}", "{\"name\":null}", "{\"name\":42}",
            "{\"name\":\"" + "n".repeat(513) + "\"}", "{\"permissions\":-1}", "{\"permissions\":\"1\"}",
            "{\"name\":\"Q\",\"permissions\":1,\"add_to_cards_and_spaces_enabled\":\"yes\"}",
            "{\"add_to_cards_and_spaces_enabled\":true}"),
        Arbitraries.of("{}", "[]", "null", "42", "\"x\"", "{\"user_id\":", "{\"user_id\":1}{", "{\"user_id\":1,\"user_id\":2}",
            "[".repeat(3000), "{\"user_id\":42,\"extra\":{\"deep\":[1,2,3]}}"),
        Arbitraries.strings().ofMaxLength(200));
  }

  /** Percent-encodes every byte outside the unreserved set, as a client would. */
  private static String percentEncode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
