package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.RecordedExchange;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Credentials outside {@code Authorization}, in the query and in custom headers, and credentials in
 * requests the mock cannot parse, appear nowhere: not in the journal, the admin JSON, the logs or a message.
 */
@Isolated
class CredentialRedactionTest {
  private static LogCapture logs;
  private static KaitenMockServer kaiten;

  @BeforeAll
  static void start() {
    logs = LogCapture.of(Logger.ROOT_LOGGER_NAME);
    kaiten = KaitenMockServer.start(MockOptions.defaults());
  }

  @AfterAll
  static void stop() {
    kaiten.close();
    logs.close();
  }

  @Test
  void queryCredentialsAreRedactedCaseInsensitivelyAndOtherParametersKept() {
    kaiten.clearRequests();
    TestHttp.request("GET", kaiten.url("/groups/developers/users?Access_Token=" + Canary.TOKEN
        + "&page=2&api_key=" + Canary.TOKEN)).token("demo-admin-token").send();

    RecordedExchange entry = kaiten.requests().get(0);
    assertThat(entry.query()).isEqualTo("Access_Token=cana…(27)&page=2&api_key=cana…(27)");
    assertThat(admin("/requests")).doesNotContain(Canary.TOKEN).contains("Access_Token=cana…(27)");
    assertThat(logs.messages()).noneMatch(line -> line.contains(Canary.TOKEN));
  }

  @Test
  void anyHeaderCarryingABearerOrBasicCredentialIsRedacted() {
    kaiten.clearRequests();
    TestHttp.request("GET", kaiten.url("/groups/developers/users")).token("demo-admin-token")
        .header("X-Upstream-Auth", "Bearer " + Canary.TOKEN).header("X-Forwarded-Credentials", "basic " + Canary.TOKEN)
        .header("X-Request-Id", "req-12345").send();

    RecordedExchange entry = kaiten.requests().get(0);
    assertThat(entry.header("X-Upstream-Auth")).isEqualTo("Bearer cana…(27)");
    assertThat(entry.header("X-Forwarded-Credentials")).isEqualTo("basic cana…(27)");
    assertThat(entry.header("X-Request-Id")).isEqualTo("req-12345");
    assertThat(entry.toString() + entry.headers()).doesNotContain(Canary.TOKEN);
    assertThat(admin("/requests")).doesNotContain(Canary.TOKEN);
  }

  @Test
  void aMalformedHeaderIsAnsweredWithoutQuotingIt() throws Exception {
    for (String header : new String[] {"Authorization: Bearer " + Canary.TOKEN + "\u0000",
        "X-Bad\u0001Name: Bearer " + Canary.TOKEN, "Bearer " + Canary.TOKEN}) {
      byte[] request = ("GET /api/latest/groups/developers/users HTTP/1.1\r\nHost: 127.0.0.1\r\n" + header
          + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);

      RawExchange.Answer answer = RawExchange.send(kaiten.port(), request);

      assertThat(answer.status()).as(header).isEqualTo(400);
      assertThat(answer.body()).as(header).contains("Malformed HTTP request").doesNotContain(Canary.TOKEN)
          .doesNotContain("cana");
    }
    assertThat(admin("/requests")).doesNotContain(Canary.TOKEN);
    assertThat(logs.messages()).noneMatch(line -> line.contains(Canary.TOKEN));
  }

  private static String admin(String path) {
    return TestHttp.request("GET", kaiten.adminUrl() + path).send().body();
  }
}
