package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertMessage;
import static io.kaitenkit.mock.MockAssertions.sendRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.TestHttp.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the router answers before the emulator: unknown paths and methods, and oversized requests. */
class RoutingAndLimitsTest {
  private static final int MAX_BODY = 256;
  private static final int MAX_HEADER = 2048;
  private static final int MAX_LINE = 512;

  private static KaitenMockServer kaiten;
  private static GroupUsersApi api;

  @BeforeAll
  static void startKaiten() {
    kaiten = KaitenMockServer.start(MockOptions.builder()
        .maxBodySize(MAX_BODY)
        .maxHeaderSize(MAX_HEADER)
        .maxInitialLineLength(MAX_LINE)
        .build());
    api = new GroupUsersApi(kaiten);
  }

  @AfterAll
  static void stopKaiten() {
    kaiten.close();
  }

  @BeforeEach
  void resetKaiten() {
    kaiten.reset();
  }

  @ParameterizedTest(name = "GET {0}")
  @ValueSource(strings = {"/api/latest/groups", "/api/latest/users/42", "/api/v1/groups/developers/users", "/",
      "/api/latest/groups/developers/members"})
  void unknownPathIs404JsonNamingMethodAndPath(String path) {
    Answer answer = sendRejected(kaiten, TestHttp.request("GET", origin() + path).token(Demo.ADMIN));

    assertThat(assertMessage(answer, 404)).contains("GET").contains(path);
    assertThat(answer.body()).doesNotContainIgnoringCase("<html");
  }

  @Test
  void unknownPathWithAnotherMethodNamesThatMethod() {
    Answer answer = sendRejected(kaiten, TestHttp.request("DELETE", origin() + "/api/latest/projects/1"));

    assertThat(assertMessage(answer, 404)).contains("DELETE").contains("/api/latest/projects/1");
  }

  @Test
  void wrongMethodOnTheGroupUsersPathIs405WithAllow() {
    Answer answer = sendRejected(kaiten, TestHttp.request("PUT", kaiten.url("/groups/developers/users"))
        .token(Demo.ADMIN).json("{\"user_id\":2}"));

    assertThat(assertMessage(answer, 405)).contains("PUT").contains("/api/latest/groups/developers/users");
    assertThat(allowed(answer)).contains("GET", "POST").doesNotContain("PUT", "DELETE");
  }

  @Test
  void wrongMethodOnAMembershipPathIs405WithAllow() {
    Answer answer = sendRejected(kaiten, TestHttp.request("PATCH", kaiten.url("/groups/developers/users/42"))
        .token(Demo.ADMIN).json("{}"));

    assertThat(assertMessage(answer, 405)).contains("PATCH").contains("/api/latest/groups/developers/users/42");
    assertThat(allowed(answer)).contains("DELETE").doesNotContain("PATCH", "GET", "POST");
  }

  @Test
  void bodyOverTheLimitIs413AndChangesNothing() {
    String padded = "{\"user_id\": 2, \"padding\": \"" + "x".repeat(MAX_BODY) + "\"}";

    Answer answer = sendRejected(kaiten,
        api.addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN).json(padded).onNewConnection());

    assertThat(assertMessage(answer, 413)).contains(Integer.toString(MAX_BODY));
    assertThat(kaiten.state().isMember(Demo.DEVELOPERS, Demo.BOB)).isFalse();
    assertServesAgain();
  }

  @Test
  void bodyJustUnderTheLimitIsServed() {
    String body = "{\"user_id\": 2, \"padding\": \"\"}";
    String padded = body.replace("\"\"", "\"" + "x".repeat(MAX_BODY - body.length()) + "\"");

    Answer answer = api.addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN).json(padded).send();

    assertThat(padded).hasSize(MAX_BODY);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(kaiten.state().isMember(Demo.DEVELOPERS, Demo.BOB)).isTrue();
  }

  @Test
  void headersOverTheLimitAre431() {
    Answer answer = sendRejected(kaiten, api.remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN)
        .header("X-Padding", "y".repeat(MAX_HEADER)).onNewConnection());

    assertThat(answer.status()).isEqualTo(431);
    assertServesAgain();
  }

  @Test
  void requestLineOverTheLimitIs414() {
    Answer answer = sendRejected(kaiten,
        api.remove("g".repeat(MAX_LINE), Demo.ADA).token(Demo.ADMIN).onNewConnection());

    assertThat(answer.status()).isEqualTo(414);
    assertServesAgain();
  }

  @Test
  void theServerKeepsServingAfterEachKindOfRejection() {
    // Each oversized request on a connection of its own: the server may close it after answering.
    for (int i = 0; i < 3; i++) {
      assertThat(api.list("g".repeat(MAX_LINE)).token(Demo.ADMIN).onNewConnection().send().status())
          .isEqualTo(414);
      assertThat(api.list(Demo.DEVELOPERS).token(Demo.ADMIN).header("X-Padding", "y".repeat(MAX_HEADER))
          .onNewConnection().send().status()).isEqualTo(431);
      assertThat(api.addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN).json("x".repeat(MAX_BODY + 1))
          .onNewConnection().send().status()).isEqualTo(413);
      assertServesAgain();
    }
  }

  @Test
  void malformedPercentEncodingIs400JsonNamingThePath() throws IOException {
    String before = kaiten.state().toJson();

    RawExchange.Answer answer = RawExchange.send(kaiten.port(), ("GET /api/latest/groups/dev%zz/users HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\nAuthorization: Bearer " + Demo.ADMIN + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.head()).containsIgnoringCase("content-type: application/json");
    assertThat(answer.body()).contains("{\"message\":").contains("%zz");
    assertThat(kaiten.state().toJson()).isEqualTo(before);
  }

  @Test
  void trailingSlashIsNotAPathOfTheContract() {
    Answer delete = sendRejected(kaiten, TestHttp.request("DELETE", kaiten.url("/groups/developers/users/"))
        .token(Demo.ADMIN));
    Answer list = sendRejected(kaiten, TestHttp.request("GET", kaiten.url("/groups/developers/users/"))
        .token(Demo.ADMIN));

    assertThat(delete.status()).isEqualTo(404);
    assertThat(list.status()).isEqualTo(404);
    assertThat(list.body()).contains("No route for GET /api/latest/groups/developers/users/");
  }

  private static void assertServesAgain() {
    Answer answer = api.list(Demo.DEVELOPERS).token(Demo.ADMIN).send();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(MockAssertions.assertJson(answer)).hasSize(2);
  }

  private static List<String> allowed(Answer answer) {
    String allow = answer.header("Allow");
    assertThat(allow).as("Allow header of %s", answer).isNotNull();
    return Arrays.stream(allow.split(",")).map(String::trim).filter(method -> !method.isEmpty()).toList();
  }

  private static String origin() {
    return kaiten.baseUrl().substring(0, kaiten.baseUrl().indexOf("/api/latest"));
  }
}
