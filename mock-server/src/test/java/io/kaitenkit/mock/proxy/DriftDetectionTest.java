package io.kaitenkit.mock.proxy;

import io.kaitenkit.spec.Violation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.LogCapture;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.admin.RecordedExchange;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.Isolated;

/** Where the upstream's answers or the client's requests depart from the contract, the proxy says so. */
@Isolated
class DriftDetectionTest {
  /** The proxy warns of each drift and upstream failure that these tests provoke on purpose. */
  @RegisterExtension
  final LogCapture proxyLog = LogCapture.of("io.kaitenkit.mock.internal.proxy");

  private static final String REMOVE_42 = "/groups/developers/users/42";

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

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {418, 500})
  void undocumentedStatusIsPassedOnAndReportedAsDrift(int status) throws Exception {
    upstream.answer(status, Map.of("Content-Type", "text/plain"), "teapot or worse");

    Call.Answer answer = Call.to("DELETE", kaiten.url(REMOVE_42)).token("t0ken-1").send();

    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.text()).isEqualTo("teapot or worse");
    Violation finding = new Violation("response status", status + " is not documented for removeUserFromGroup"
        + " (documented: [200, 400, 401, 402, 403, 404, 429])");
    assertThat(kaiten.takeRequest(5, TimeUnit.SECONDS).violations()).containsExactly(finding);
    ProxyDrift drift = kaiten.drift();
    assertThat(drift.rows()).containsExactly(new ProxyDrift.Row("removeUserFromGroup", status, 0, 1, List.of(finding)));
    assertThat(drift.hasDrift()).isTrue();
  }

  @Test
  void missingFieldIsReportedAsDrift() throws Exception {
    String body = Users.changed(user -> user.remove("email"));
    upstream.answerJson(200, body);

    Call.Answer answer = Call.to("DELETE", kaiten.url(REMOVE_42)).token("t0ken-1").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).isEqualTo(body);
    assertThat(kaiten.takeRequest(5, TimeUnit.SECONDS).violations()).map(Violation::toString)
        .containsExactly("response body: Field 'email' is required.");
    assertThat(kaiten.drift().row("removeUserFromGroup", 200))
        .isEqualTo(new ProxyDrift.Row("removeUserFromGroup", 200, 0, 1, List.of(new Violation("response body", "Field 'email' is required."))));
  }

  @Test
  void wrongTypeIsReportedAsDrift() throws Exception {
    upstream.answerJson(200, Users.changed(user -> user.put("id", "42")));

    Call.Answer answer = Call.to("DELETE", kaiten.url(REMOVE_42)).token("t0ken-1").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(kaiten.takeRequest(5, TimeUnit.SECONDS).violations()).map(Violation::toString)
        .containsExactly("response body.id: Type expected 'integer', found 'string'.");
    assertThat(kaiten.drift().row("removeUserFromGroup", 200).violating()).isEqualTo(1);
  }

  @Test
  void requestThatViolatesTheContractIsStillForwardedAndItsFindingRecorded() throws Exception {
    upstream.answer(404, Map.of(), null);

    Call.Answer answer = Call.to("DELETE", kaiten.url("/groups/developers/users/abc")).token("t0ken-1").send();

    assertThat(answer.status()).isEqualTo(404);
    assertThat(upstream.take().uri()).isEqualTo("/api/latest/groups/developers/users/abc");
    RecordedExchange recorded = kaiten.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded.status()).isEqualTo(404);
    assertThat(recorded.violations()).isNotEmpty().allSatisfy(finding -> assertThat(finding.toString()).startsWith("request path 'user_id': "));
    ProxyDrift.Row row = kaiten.drift().row("removeUserFromGroup", 404);
    assertThat(row.violating()).isEqualTo(1);
    assertThat(row.violations()).isEqualTo(recorded.violations());
  }

  @Test
  void missingTokenIsARequestFinding() throws Exception {
    upstream.answer(401, Map.of("Content-Type", "text/plain"), "Invalid token");

    Call.Answer answer = Call.to("GET", kaiten.url("/groups/developers/users")).send();

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.text()).isEqualTo("Invalid token");
    assertThat(upstream.take().header("Authorization")).isNull();
    assertThat(kaiten.takeRequest(5, TimeUnit.SECONDS).violations()).map(Violation::toString).containsExactly(
        "request header 'Authorization': missing; the contract requires 'Bearer <token>' (security scheme bearerAuth)");
  }

  @Test
  void repeatedFindingsAreCountedPerExchangeAndListedOnce() throws Exception {
    upstream.answerJson(200, Users.changed(user -> user.remove("email")));

    Call.to("DELETE", kaiten.url(REMOVE_42)).token("t0ken-1").send();
    Call.to("DELETE", kaiten.url(REMOVE_42)).token("t0ken-1").send();
    upstream.answerJson(200, Users.conforming());
    Call.to("DELETE", kaiten.url(REMOVE_42)).token("t0ken-1").send();

    assertThat(kaiten.drift().rows()).containsExactly(new ProxyDrift.Row("removeUserFromGroup", 200, 1, 2,
        List.of(new Violation("response body", "Field 'email' is required."))));
    assertThat(kaiten.drift().summary()).isEqualTo("drift: 2 of 3 proxied exchanges departed from the contract: "
        + "removeUserFromGroup 200 [response body: Field 'email' is required.]");
  }

  @Test
  void eachOperationAndStatusHasItsOwnRow() throws Exception {
    upstream.answerJson(200, Users.conformingList());
    Call.to("GET", kaiten.url("/groups/developers/users")).token("t0ken-1").send();
    upstream.answer(403, Map.of(), null);
    Call.to("GET", kaiten.url("/groups/developers/users")).token("t0ken-1").send();
    upstream.answerJson(200, Users.changed(user -> user.set("theme", TextNode.valueOf("pink"))));
    Call.to("POST", kaiten.url("/groups/developers/users")).token("t0ken-1").json("{\"user_id\":42}").send();

    assertThat(kaiten.drift().rows()).containsExactly(
        new ProxyDrift.Row("addUserToGroup", 200, 0, 1,
            List.of(new Violation("response body.theme", "Value 'pink' is not defined in the schema."))),
        new ProxyDrift.Row("listGroupUsers", 200, 1, 0, List.of()),
        new ProxyDrift.Row("listGroupUsers", 403, 1, 0, List.of()));
  }

  @Test
  void deletingTheDriftSummaryOrResettingForgetsIt() throws Exception {
    upstream.answerJson(200, Users.changed(user -> user.remove("email")));
    Call.to("DELETE", kaiten.url(REMOVE_42)).token("t0ken-1").send();
    assertThat(kaiten.drift().hasDrift()).isTrue();

    Call.Answer cleared = Call.to("DELETE", kaiten.adminUrl() + "/drift").send();

    assertThat(cleared.status()).isEqualTo(200);
    assertThat(kaiten.drift()).isEqualTo(ProxyDrift.empty());

    Call.to("DELETE", kaiten.url(REMOVE_42)).token("t0ken-1").send();
    kaiten.reset();

    assertThat(kaiten.drift()).isEqualTo(ProxyDrift.empty());
  }
}
