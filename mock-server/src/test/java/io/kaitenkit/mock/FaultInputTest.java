package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.Fault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every field of a fault is checked when it is added; no fault can hang the server or never fire. */
class FaultInputTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      status 100 (1xx)        | {"operationId":"listGroupUsers","action":{"type":"status","status":100}}                | \\"action.status\\" must be an integer 200..599
      status 199              | {"operationId":"listGroupUsers","action":{"type":"status","status":199}}                | \\"action.status\\" must be an integer 200..599
      status 600              | {"operationId":"listGroupUsers","action":{"type":"status","status":600}}                | \\"action.status\\" must be an integer 200..599
      status beyond int       | {"operationId":"listGroupUsers","action":{"type":"status","status":4294967496}}         | \\"action.status\\" must be an integer 200..599
      status as text          | {"operationId":"listGroupUsers","action":{"type":"status","status":"503"}}              | \\"action.status\\" must be an integer 200..599
      times 0                 | {"operationId":"listGroupUsers","times":0,"action":{"type":"reset"}}                    | \\"times\\" must be an integer 1..2147483647
      times beyond int        | {"operationId":"listGroupUsers","times":4294967297,"action":{"type":"reset"}}           | \\"times\\" must be an integer 1..2147483647
      negative delay          | {"operationId":"listGroupUsers","action":{"type":"delay","ms":-1}}                      | \\"action.ms\\" must be an integer 0..600000
      huge delay              | {"operationId":"listGroupUsers","action":{"type":"delay","ms":9223372036854775807}}     | \\"action.ms\\" must be an integer 0..600000
      header name with CR LF  | {"operationId":"listGroupUsers","action":{"type":"status","status":503,"headers":{"X-A\\r\\nSet-Cookie":"x"}}} | \\"action.headers\\": a header name must be
      header value with LF    | {"operationId":"listGroupUsers","action":{"type":"status","status":503,"headers":{"X-A":"a\\nSet-Cookie: x"}}} | \\"action.headers.X-A\\" must be a string
      framing header          | {"operationId":"listGroupUsers","action":{"type":"status","status":503,"headers":{"Content-Length":"9"}}} | Content-Length is set by the server
      unknown action field    | {"operationId":"listGroupUsers","action":{"type":"reset","ms":5}}                       | unknown field 'action.ms' for type reset
      unknown operation id    | {"operationId":"removeUserFromGroupp","action":{"type":"reset"}}                        | unknown \\"operationId\\" 'removeUserFromGroupp'; known: [
      method with a space     | {"method":"GET /x","path":"/api/**","action":{"type":"reset"}}                         | \\"method\\" must be an HTTP method
      path without slash      | {"method":"GET","path":"api/**","action":{"type":"reset"}}                             | \\"path\\" must be a path glob of 1..256
      bare array              | [1]                                                                                      | body must be a JSON object like {\\"operationId\\"
      """)
  void anInvalidFaultIs400NamingTheFieldAndAddsNothing(String what, String body, String message) {
    TestHttp.Answer answer = postFault(body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains(message);
    assertThat(MOCK.server().faults()).isEmpty();
  }

  @Test
  void anUnknownOperationIdListsTheKnownOnes() {
    TestHttp.Answer answer = postFault("{\"operationId\":\"nope\",\"action\":{\"type\":\"reset\"}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("removeUserFromGroup").contains("listGroupUsers");
    assertThatThrownBy(() -> MOCK.server().addFault(Fault.on("nope").status(503)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown \"operationId\" 'nope'");
    assertThat(MOCK.server().faults()).isEmpty();
  }

  @Test
  void aPatternLongerThanTheLimitIs400() {
    String glob = "/" + "*a".repeat(200);

    TestHttp.Answer answer = postFault("{\"method\":\"GET\",\"path\":\"" + glob + "\",\"action\":{\"type\":\"reset\"}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("\\\"path\\\" must be a path glob of 1..256");
    assertThat(MOCK.server().faults()).isEmpty();
  }

  @Test
  void aPathologicalPatternAgainstALongPathAnswersPromptly() {
    TestHttp.Answer added = postFault("{\"method\":\"GET\",\"path\":\"/**a**a**a**a**a**a**a**a**a**a**b**\","
        + "\"action\":{\"type\":\"status\",\"status\":503}}");
    String longPath = "/groups/" + "a".repeat(3000) + "/users";

    // With a backtracking matcher this one request would keep the event loop busy for hours.
    TestHttp.Answer answer = TestHttp.request("GET", MOCK.server().url(longPath)).token("demo-admin-token").send();
    TestHttp.Answer matching = TestHttp.request("GET", MOCK.server().url("/groups/" + "a".repeat(10) + "b/users")).token("demo-admin-token").send();

    assertThat(added.status()).isEqualTo(201);
    assertThat(answer.status()).isEqualTo(404);
    assertThat(matching.status()).isEqualTo(503);
  }

  @Test
  void globsMatchWithinAndAcrossSegmentsAsDocumented() {
    MOCK.server().addFault(Fault.onRequest("GET", "/api/latest/groups/*/users").status(502));
    MOCK.server().addFault(Fault.onRequest("DELETE", "/api/**/4?").status(503));

    assertThat(status("GET", "/groups/developers/users")).isEqualTo(502);
    assertThat(status("DELETE", "/groups/developers/users/42")).isEqualTo(503);
    assertThat(status("DELETE", "/groups/developers/users/420")).isEqualTo(404);
  }

  @Test
  void aDelayLongerThanTheIdleTimeoutStillAnswers() {
    try (KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder().idleTimeout(Duration.ofMillis(300)).build())) {
      kaiten.addFault(Fault.on("listGroupUsers").delay(Duration.ofMillis(1500)));

      TestHttp.Answer answer = TestHttp.request("GET", kaiten.url("/groups/developers/users"))
          .token("demo-admin-token").onNewConnection().send();

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).contains("\"id\":42");
    }
  }

  private static int status(String method, String path) {
    return TestHttp.request(method, MOCK.server().url(path)).token("demo-admin-token").send().status();
  }

  private static TestHttp.Answer postFault(String json) {
    return TestHttp.request("POST", MOCK.server().adminUrl() + "/faults").json(json).send();
  }
}
