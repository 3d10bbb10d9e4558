package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.admin.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
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
 * Generated admin writes: fault bodies with hostile fields (statuses, delays and counts out of range,
 * CR/LF in header names and values, long globs full of {@code **}, unknown operation ids, wrong types),
 * rate limits and malformed fixtures. Every answer is a 2xx or a 4xx JSON error that names what is
 * wrong, never a 5xx and never silence (the raw socket's read timeout ends a hang), and a refused
 * write leaves the state, the faults and the rate limit as they were.
 */
class AdminWritesPropertyTest {
  private static final int TRIES = 3_000;
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * A quoted field or value, a fixture path such as {@code users[3].id}, the part of the request at
   * fault, or for JSON that cannot be read, the line and column where reading stopped.
   */
  private static final Pattern NAMES_WHAT = Pattern.compile("(?s).*(\"[^\"]+\"|'[^']*'|\\b[a-z_]+(\\[\\d+])?\\.[a-z_]+"
      + "|\\bbody\\b|Content-Type|\\b(companies|users|groups|tokens)\\b|not valid JSON.*line \\d+).*");
  private static final AtomicInteger SENT = new AtomicInteger();
  private static final AtomicInteger ACCEPTED = new AtomicInteger();
  private static KaitenMockServer kaiten;
  private static String startState;

  /** One admin write, printed readably when the property fails. */
  record Write(String method, String path, String contentType, String body) {
    byte[] bytes(int port) {
      byte[] payload = body.getBytes(StandardCharsets.UTF_8);
      String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
          + (contentType.isEmpty() ? "" : "Content-Type: " + contentType + "\r\n")
          + "Content-Length: " + payload.length + "\r\nConnection: close\r\n\r\n";
      return RawExchange.bytes(head, payload);
    }

    @Override
    public String toString() {
      String shown = body.length() > 300 ? body.substring(0, 297) + "..." : body;
      return method + " " + path + " (" + contentType + ") " + shown;
    }
  }

  @BeforeContainer
  static void start() {
    kaiten = KaitenMockServer.start(MockOptions.builder().journalCapacity(100).build());
    startState = kaiten.stateJson();
  }

  @AfterContainer
  static void stop() {
    try {
      assertThat(SENT.get()).as("generated admin writes sent").isGreaterThanOrEqualTo(TRIES);
      // The generators must reach both sides of every check, not only its refusals.
      assertThat(ACCEPTED.get()).as("accepted writes").isBetween(TRIES / 20, TRIES - TRIES / 20);
    } finally {
      kaiten.close();
    }
  }

  @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
  void anAdminWriteIsAcceptedOrRefusedByNameAndARefusalChangesNothing(@ForAll("writes") Write write)
      throws IOException {
    String state = kaiten.stateJson();
    List<Fault> faults = kaiten.faults();
    int rateLimit = kaiten.rateLimit();

    RawExchange.Answer answer = RawExchange.send(kaiten.port(), write.bytes(kaiten.port()));
    SENT.incrementAndGet();

    try {
      assertThat(answer.status()).as(answer.head()).isBetween(200, 499);
      if (answer.status() >= 300) {
        assertThat(answer.head().toLowerCase()).contains("content-type: application/json");
        String message = JSON.readTree(answer.body()).path("message").asText();
        assertThat(message).as("the message of %s", answer.head()).matches(NAMES_WHAT);
        assertThat(kaiten.stateJson()).isEqualTo(state);
        assertThat(kaiten.faults()).isEqualTo(faults);
        assertThat(kaiten.rateLimit()).isEqualTo(rateLimit);
      } else {
        ACCEPTED.incrementAndGet();
      }
    } finally {
      // Each write starts from the same mock: no fault delays the next one, no limit throttles it.
      kaiten.clearFaults();
      kaiten.rateLimit(0);
      if (!kaiten.stateJson().equals(startState)) {
        kaiten.replaceState(startState);
      }
    }
  }

  @Provide
  Arbitrary<Write> writes() {
    Arbitrary<String> contentType = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.of("application/json", "application/json; charset=utf-8")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "text/plain", "application/x-www-form-urlencoded")));
    return Arbitraries.oneOf(
        Combinators.combine(contentType, faultBodies()).as((type, body) -> new Write("POST", "/__admin/faults", type, body)),
        Combinators.combine(contentType, rateLimitBodies()).as((type, body) -> new Write("PUT", "/__admin/rate-limit", type, body)),
        Combinators.combine(contentType, stateBodies()).as((type, body) -> new Write("PUT", "/__admin/state", type, body)));
  }

  private static Arbitrary<String> faultBodies() {
    Arbitrary<String> match = Arbitraries.oneOf(
        Arbitraries.of("listGroupUsers", "removeUserFromGroup", "addUserToGroup", "getCurrentUser", "listUsers")
            .map(id -> field("operationId", quote(id))),
        Arbitraries.of("removeUserFromGroupp", "", " ", "listgroupusers", "групп", "x".repeat(300))
            .map(id -> field("operationId", quote(id))),
        Arbitraries.of("42", "null", "[]", "{}", "true").map(value -> field("operationId", value)),
        Combinators.combine(methods(), globs()).as((method, glob) -> field("method", method) + "," + field("path", glob)),
        globs().map(glob -> field("path", glob)),
        Arbitraries.just(""));
    Arbitrary<String> extra = Arbitraries.oneOf(
        Arbitraries.just(""), Arbitraries.just(""), Arbitraries.just(""),
        numbers().map(n -> "," + field("times", n)),
        Arbitraries.of(",\"id\":\"f1\"", ",\"unknown\":1", ",\"Action\":{}", ",\"times\":\"3\""));
    Arbitrary<String> body = Combinators.combine(match, actions(), extra)
        .as((m, action, e) -> "{" + join(m, action) + e + "}");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, body),
        net.jqwik.api.Tuple.of(1, malformed()));
  }

  private static Arbitrary<String> methods() {
    return Arbitraries.of("\"GET\"", "\"DELETE\"", "\"get\"", "\"GET /x\"", "\"\"", "\"G\\r\\nET\"", "42", "null",
        "\"" + "P".repeat(100) + "\"");
  }

  private static Arbitrary<String> globs() {
    return Arbitraries.oneOf(
        Arbitraries.of("/api/**", "/api/latest/groups/*/users", "/api/**/4?", "api/**", "", "/", "/**",
            "/a\\r\\nb", "/a\\u0000b", "/__admin/**"),
        Arbitraries.integers().between(1, 200).map(n -> "/" + "**a".repeat(n) + "**b"),
        Arbitraries.integers().between(1, 300).map(n -> "/" + "*".repeat(n)),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(40).map(s -> "/" + s))
        .map(AdminWritesPropertyTest::quote);
  }

  private static Arbitrary<String> actions() {
    Arbitrary<String> status = Arbitraries.oneOf(
        Arbitraries.integers().between(100, 700).map(String::valueOf),
        numbers());
    Arbitrary<String> headers = Arbitraries.oneOf(
        Arbitraries.just(""), Arbitraries.just(""),
        Arbitraries.of("{\"Retry-After\":\"1\"}", "{\"X-A\\r\\nSet-Cookie\":\"x\"}", "{\"X-A\":\"a\\nSet-Cookie: x\"}",
            "{\"Content-Length\":\"9\"}", "{\"Transfer-Encoding\":\"chunked\"}", "{\"\":\"x\"}", "{\"X-A\":1}",
            "{\"X-A\":null}", "[]", "\"x\"", "{\"X-" + "a".repeat(9000) + "\":\"v\"}", "{\"X-A\":\"" + "v".repeat(9000) + "\"}")
            .map(h -> h));
    Arbitrary<String> action = Arbitraries.oneOf(
        Combinators.combine(status, headers).as((s, h) -> "{\"type\":\"status\"," + field("status", s)
            + (h.isEmpty() ? "" : "," + field("headers", h)) + "}"),
        Arbitraries.oneOf(Arbitraries.longs().between(-5, 700_000).map(String::valueOf), numbers())
            .map(ms -> "{\"type\":\"delay\"," + field("ms", ms) + "}"),
        Arbitraries.of("{\"type\":\"reset\"}", "{\"type\":\"noResponse\"}", "{\"type\":\"reset\",\"ms\":5}",
            "{\"type\":\"explode\"}", "{\"type\":42}", "{}", "{\"type\":\"status\"}", "{\"type\":\"delay\"}"),
        Arbitraries.of("null", "\"status\"", "[]", "503"));
    return Arbitraries.oneOf(action.map(a -> field("action", a)), Arbitraries.just(""));
  }

  /** Numbers at and beyond every boundary, in every JSON shape a number can be sent in. */
  private static Arbitrary<String> numbers() {
    return Arbitraries.of("0", "-1", "1", "200", "599", "600", "2147483647", "2147483648", "4294967296",
        "9223372036854775807", "99999999999999999999999", "1e400", "-1e400", "1.5", "5e2", "\"5\"", "null", "true",
        "[]", "{}");
  }

  private static Arbitrary<String> rateLimitBodies() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.oneOf(Arbitraries.integers().between(-10, 2000).map(String::valueOf), numbers())
            .map(n -> "{" + field("requestsPerSecond", n) + "}")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("{}", "{\"requestsPerSecond\":5,\"burst\":2}", "{\"requestspersecond\":5}",
            "{\"requestsPerSecond\":5,\"requestsPerSecond\":6}")),
        net.jqwik.api.Tuple.of(1, malformed()));
  }

  private static Arbitrary<String> stateBodies() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just("unchanged").map(x -> startState)),
        net.jqwik.api.Tuple.of(8, fixtureMutations().map(mutation -> mutation.apply(startTree()).toString())),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 4000)
            .map(n -> startState.substring(0, Math.min(n, startState.length() - 1)))),
        net.jqwik.api.Tuple.of(1, malformed()));
  }

  /** One change to a valid fixture, most of which break it. */
  private static Arbitrary<UnaryOperator<ObjectNode>> fixtureMutations() {
    Arbitrary<String> section = Arbitraries.of("companies", "users", "groups");
    Arbitrary<Integer> index = Arbitraries.integers().between(0, 5);
    Arbitrary<String> userField = Arbitraries.of("id", "company", "full_name", "email", "theme", "avatar_type",
        "activated", "permissions", "created", "lng", "ui_version", "nonsense");
    Arbitrary<String> groupField = Arbitraries.of("uid", "id", "name", "company", "users", "admins", "permissions", "nonsense");
    Arbitrary<String> value = Arbitraries.of("null", "-1", "0", "1e400", "99999999999999999999", "\"x\"", "\"\"",
        "\"\\r\\n\"", "[]", "{}", "true", "[1,1]", "[999999]", "\"nope\"", "42", "\"" + "w".repeat(5000) + "\"");
    return Arbitraries.oneOf(
        Combinators.combine(index, userField, value).as((i, f, v) -> tree -> set(tree, "users", i, f, v)),
        Combinators.combine(index, groupField, value).as((i, f, v) -> tree -> set(tree, "groups", i, f, v)),
        Combinators.combine(index, Arbitraries.of("domain", "id", "tariff", "nonsense"), value)
            .as((i, f, v) -> tree -> set(tree, "companies", i, f, v)),
        Combinators.combine(index, userField).as((i, f) -> tree -> remove(tree, "users", i, f)),
        Combinators.combine(section, index).as((s, i) -> tree -> duplicate(tree, s, i)),
        Combinators.combine(Arbitraries.of("", "a b", "tok\\r\\nen", "t".repeat(600), "ok-token"), value)
            .as((token, v) -> tree -> token(tree, token, v)),
        Combinators.combine(Arbitraries.of("companies", "users", "groups", "tokens", "nonsense"), value)
            .as((s, v) -> tree -> {
              tree.set(s, parse(v));
              return tree;
            }));
  }

  private static ObjectNode set(ObjectNode tree, String section, int index, String field, String value) {
    JsonNode list = tree.path(section);
    if (list.size() > index && list.get(index) instanceof ObjectNode item) {
      item.set(field, parse(value));
    }
    return tree;
  }

  private static ObjectNode remove(ObjectNode tree, String section, int index, String field) {
    JsonNode list = tree.path(section);
    if (list.size() > index && list.get(index) instanceof ObjectNode item) {
      item.remove(field);
    }
    return tree;
  }

  private static ObjectNode duplicate(ObjectNode tree, String section, int index) {
    if (tree.path(section) instanceof ArrayNode list && list.size() > index) {
      list.add(list.get(index).deepCopy());
    }
    return tree;
  }

  private static ObjectNode token(ObjectNode tree, String token, String value) {
    if (tree.path("tokens") instanceof ObjectNode tokens) {
      tokens.set(parse(quote(token)).asText(), parse(value));
    }
    return tree;
  }

  private static Arbitrary<String> malformed() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "{", "}", "[1]", "null", "42", "\"x\"", "{\"a\":1}{", "{\"a\":1,\"a\":2}", "\u00ff\u00fe{}",
            "[".repeat(3000) + "]".repeat(3000), "{\"a\":" + "[".repeat(5000)),
        Arbitraries.strings().ofMaxLength(100));
  }

  private static ObjectNode startTree() {
    try {
      return (ObjectNode) JSON.readTree(startState);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static String field(String name, String json) {
    return "\"" + name + "\":" + json;
  }

  /** A JSON string of text whose backslash escapes are already JSON escapes. */
  private static String quote(String text) {
    return "\"" + text.replace("\"", "\\\"") + "\"";
  }

  private static String join(String a, String b) {
    return a.isEmpty() || b.isEmpty() ? a + b : a + "," + b;
  }
}
