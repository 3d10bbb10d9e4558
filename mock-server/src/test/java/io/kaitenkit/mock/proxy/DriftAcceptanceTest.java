package io.kaitenkit.mock.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.LogCapture;
import io.kaitenkit.mock.MockOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;

/** The validation proxy's promise: pointed at a Kaiten that drifted, the admin API says where. */
@Isolated
class DriftAcceptanceTest {
  /** The proxy warns of each drift and upstream failure that these tests provoke on purpose. */
  @RegisterExtension
  final LogCapture proxyLog = LogCapture.of("io.kaitenkit.mock.internal.proxy");

  @Test
  void upstreamThatDropsEmailShowsUpInTheDriftSummary() throws Exception {
    try (StubUpstream upstream = StubUpstream.start().answerJson(200, Users.changed(user -> user.remove("email")));
        KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder().proxyTo(upstream.uri()).build())) {

      Call.Answer removed = Call.to("DELETE", kaiten.url("/groups/developers/users/42")).token("t0ken-1").send();
      Call.Answer drift = Call.to("GET", kaiten.adminUrl() + "/drift").send();

      assertThat(removed.status()).isEqualTo(200);
      assertThat(drift.status()).isEqualTo(200);
      assertThat(drift.header("Content-Type")).startsWith("application/json");
      JsonNode json = new ObjectMapper().readTree(drift.body());
      assertThat(json.get("hasDrift").asBoolean()).isTrue();
      assertThat(json.get("violating").asLong()).isEqualTo(1);
      assertThat(json.get("operations")).hasSize(1);
      JsonNode row = json.get("operations").get(0);
      assertThat(row.get("operationId").asText()).isEqualTo("removeUserFromGroup");
      assertThat(row.get("status").asInt()).isEqualTo(200);
      assertThat(row.get("conforming").asLong()).isZero();
      assertThat(row.get("violating").asLong()).isEqualTo(1);
      assertThat(row.get("violations")).hasSize(1);
      assertThat(row.get("violations").get(0).get("location").asText()).isEqualTo("response body");
      assertThat(row.get("violations").get(0).get("message").asText()).isEqualTo("Field 'email' is required.");
      assertThat(kaiten.drift().hasDrift()).isTrue();
    }
  }

  /** The README's example, against a local upstream that conforms. */
  @Test
  void readmeExampleSeesNoDriftFromAConformingUpstream() throws Exception {
    try (StubUpstream upstream = StubUpstream.start().answerJson(200, Users.conformingList())) {
      try (KaitenMockServer proxy = KaitenMockServer.start(MockOptions.builder()
          .proxyTo(upstream.uri())
          .upstreamTimeout(Duration.ofSeconds(5))
          .build())) {
        Call.Answer listed = Call.to("GET", proxy.baseUrl() + "/groups/developers/users").token("t0ken-1").send();
        assertThat(listed.status()).isEqualTo(200);

        ProxyDrift drift = proxy.drift();
        assertThat(drift.hasDrift()).as(drift.summary()).isFalse();
        assertThat(drift.conforming()).isEqualTo(1);
      }
    }
  }
}
