package io.kaitenkit.contract.docs;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.mock.admin.Fault;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
// snippet:start proxy
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import java.net.URI;
import java.time.Duration;
// snippet:end

/** Runs the example of docs/validation-proxy.md against an emulated Kaiten, which conforms unless told not to. */
class ValidationProxyExampleTest {
  private final KaitenMockServer upstream = KaitenMockServer.start();

  @AfterEach
  void stopUpstream() {
    upstream.close();
  }

  @Test
  void aKaitenThatConformsPassesTheCheck() throws Exception {
    checkForDrift(upstream.baseUrl());

    assertThat(upstream.requestCount()).isEqualTo(2);
    assertThat(upstream.state().isMember("developers", 42)).isFalse();
  }

  @Test
  void aKaitenThatDriftedFailsTheCheckNamingTheOperation() {
    upstream.addFault(Fault.on("listGroupUsers").status(200, Map.of("Content-Type", "application/json"), "[{\"id\": 42}]"));
    // The proxy warns of the drift; held here rather than printed, since it is provoked on purpose.
    Logger proxyLog = (Logger) LoggerFactory.getLogger("io.kaitenkit.mock.internal.proxy");
    ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    warnings.start();
    proxyLog.addAppender(warnings);
    proxyLog.setAdditive(false);
    try {
      assertThatThrownBy(() -> checkForDrift(upstream.baseUrl()))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("drift: 1 of 2 proxied exchanges departed from the contract: listGroupUsers 200");
    } finally {
      proxyLog.setAdditive(true);
      proxyLog.detachAppender(warnings);
    }
    assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(warning -> assertThat(warning).startsWith("Drift: GET /api/latest/groups/developers/users (listGroupUsers) answered 200"));
  }

  private static void checkForDrift(String kaitenUrl) throws Exception {
    // snippet:start proxy
    try (KaitenMockServer proxy = KaitenMockServer.start(MockOptions.builder()
        .proxyTo(URI.create(kaitenUrl))        // e.g. https://acme.kaiten.ru
        .upstreamTimeout(Duration.ofSeconds(5))
        .build())) {
      runYourTestsAgainst(proxy.baseUrl());    // your client, with a real token
      ProxyDrift drift = proxy.drift();
      assertThat(drift.hasDrift()).as(drift.summary()).isFalse();
    }
    // snippet:end
  }

  /** What a user's own tests would do: list the developers, then remove Ada; the proxy judges the answers. */
  private static void runYourTestsAgainst(String baseUrl) throws Exception {
    KaitenClient client = KaitenClient.builder().baseUri(URI.create(baseUrl)).token("demo-admin-token").build();
    client.listGroupUsers("developers");
    assertThat(client.removeUserFromGroup("developers", 42)).isInstanceOf(KaitenResult.Ok.class);
  }
}
