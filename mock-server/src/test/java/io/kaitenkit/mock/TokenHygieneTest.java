package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.Fault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The canary token goes through every channel a token can take into the mock, and is then looked for in
 * every log line (all levels), every journal entry and every message; it must appear nowhere.
 */
@Isolated
class TokenHygieneTest {
  private static LogCapture logs;
  private static KaitenMockServer kaiten;

  @BeforeAll
  static void start() {
    logs = LogCapture.of(Logger.ROOT_LOGGER_NAME); // logback-test.xml logs the mock at every level
    kaiten = KaitenMockServer.start(MockOptions.builder().adminToken("admin-" + Canary.TOKEN).build());
  }

  @AfterAll
  static void stop() {
    kaiten.close();
    logs.close();
  }

  @Test
  void theCanaryAppearsInNoLogJournalEntryOrMessage() {
    String admin = "admin-" + Canary.TOKEN;
    kaiten.state().addToken(Canary.TOKEN, 2);
    // As a request token: known (403), unknown (401), malformed, in other credential headers.
    api("DELETE", "/groups/developers/users/42").token(Canary.TOKEN).send();
    api("GET", "/groups/developers/users").token(Canary.TOKEN + "x").send();
    api("GET", "/groups/developers/users").header("Authorization", Canary.TOKEN).send();
    api("GET", "/groups/developers/users").token(Canary.TOKEN).header("X-Api-Key", Canary.TOKEN)
        .header("Cookie", "session=" + Canary.TOKEN).header("X-Kaiten-Token", Canary.TOKEN).send();
    // Through faults and the rate limit.
    kaiten.addFault(Fault.on("listGroupUsers").times(1).status(500));
    api("GET", "/groups/developers/users").token(Canary.TOKEN).send();
    kaiten.exhaustRateLimit(Canary.TOKEN);
    api("GET", "/groups/developers/users").token(Canary.TOKEN).send();
    // Through the admin API: wrong admin token, a fixture and a provider state that carry it.
    TestHttp.request("GET", kaiten.adminUrl() + "/state").token(Canary.TOKEN).send();
    TestHttp.Answer badFixture = TestHttp.request("PUT", kaiten.adminUrl() + "/state").token(admin)
        .json("{\"companies\":[{\"domain\":\"a\"}],\"tokens\":{\"" + Canary.TOKEN + "\": 77}}").send();
    TestHttp.Answer state = TestHttp.request("POST", kaiten.adminUrl() + "/provider-states").token(admin)
        .json("{\"state\":\"the token is invalid\",\"params\":{\"token\":\"" + Canary.TOKEN + "\"}}").send();
    TestHttp.Answer requests = TestHttp.request("GET", kaiten.adminUrl() + "/requests").token(admin).send();
    // Through exceptions of the Java API.
    assertThatThrownBy(() -> kaiten.state().replace("{\"tokens\":{\"" + Canary.TOKEN + "\": 5}}"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Canary.TOKEN));
    assertThatThrownBy(() -> kaiten.state().addToken(Canary.TOKEN + " with space", 1))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Canary.TOKEN));

    assertThat(badFixture.status()).isEqualTo(400);
    assertThat(badFixture.body()).doesNotContain(Canary.TOKEN).contains("tokens['cana…(");
    assertThat(state.status()).isEqualTo(200);
    assertThat(state.body()).doesNotContain(Canary.TOKEN);
    assertThat(requests.body()).doesNotContain(Canary.TOKEN).contains("cana…(");
    assertThat(kaiten.requests()).hasSize(6).allSatisfy(entry ->
        assertThat(entry.toString() + entry.headers() + entry.body()).doesNotContain(Canary.TOKEN));
    assertThat(kaiten.drift().toString()).doesNotContain(Canary.TOKEN);
    assertThat(kaiten.options().toString()).doesNotContain(Canary.TOKEN);
    assertThat(logs.messages()).isNotEmpty().noneMatch(line -> line.contains(Canary.TOKEN));
  }

  private static TestHttp api(String method, String path) {
    return TestHttp.request(method, kaiten.url(path));
  }
}
