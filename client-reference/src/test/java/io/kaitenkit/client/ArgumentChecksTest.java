package io.kaitenkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentChecksTest {
  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).build();

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).as("requests sent").isZero();
    server.close();
  }

  @Test
  void aNullGroupUidIsRejected() {
    assertThatThrownBy(() -> client.listGroupUsers(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("groupUid == null");
    assertThatThrownBy(() -> client.addUserToGroupAsync(null, 42)).hasMessage("groupUid == null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void aBlankGroupUidIsRejected(String groupUid) {
    assertThatThrownBy(() -> client.removeUserFromGroup(groupUid, 42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groupUid is blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void aDotSegmentGroupUidIsRejected(String groupUid) {
    assertThatThrownBy(() -> client.listGroupUsersAsync(groupUid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groupUid is a dot-segment: " + groupUid);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void aUserIdBelowOneIsRejected(long userId) {
    assertThatThrownBy(() -> client.addUserToGroup("developers", userId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userId < 1: " + userId);
    assertThatThrownBy(() -> client.removeUserFromGroupAsync("developers", userId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userId < 1: " + userId);
  }

  @Test
  void theTokenIsRequiredAndChecked() {
    assertThatThrownBy(() -> KaitenClient.builder().token(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("token == null");
    assertThatThrownBy(() -> KaitenClient.builder().token("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token is blank");
    assertThatThrownBy(() -> KaitenClient.builder().token("abc\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token has a character other than visible ASCII");
    assertThatThrownBy(() -> KaitenClient.builder().baseUri(Servers.baseUri(server)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("token is required");
  }

  @Test
  void theBaseUriIsRequiredAndMustBeHttpOrHttps() {
    assertThatThrownBy(() -> KaitenClient.builder().token("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("baseUri is required");
    assertThatThrownBy(() -> KaitenClient.builder().baseUri((URI) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("baseUri == null");
    assertThatThrownBy(() -> KaitenClient.builder().baseUri("ftp://acme.kaiten.ru/api/latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUri must be http or https: ftp://acme.kaiten.ru/api/latest");
    assertThatThrownBy(() -> KaitenClient.builder().baseUri("/api/latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUri must be http or https: /api/latest");
    assertThatThrownBy(() -> KaitenClient.builder().baseUri("https:///api/latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUri has no host: https:///api/latest");
    assertThatThrownBy(() -> KaitenClient.builder().baseUri("https://acme.kaiten.ru/api/latest?x=1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUri must not have a query or fragment: https://acme.kaiten.ru/api/latest?x=1");
    assertThatThrownBy(() -> KaitenClient.builder().baseUri("https://me:secret@acme.kaiten.ru/api/latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUri must not contain user info");
  }

  @Test
  void anUpperCaseSchemeIsAccepted() {
    assertThat(KaitenClient.builder().baseUri("HTTPS://acme.kaiten.ru/api/latest").token("t").build().baseUri())
        .isEqualTo(URI.create("HTTPS://acme.kaiten.ru/api/latest"));
  }

  @Test
  void timeoutsMustBePositive() {
    assertThatThrownBy(() -> KaitenClient.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout <= 0: PT0S");
    assertThatThrownBy(() -> KaitenClient.builder().connectTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connectTimeout <= 0: PT-1S");
    assertThatThrownBy(() -> KaitenClient.builder().timeout(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("timeout == null");
    assertThatThrownBy(() -> KaitenClient.builder().retryPolicy(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("retryPolicy == null");
    assertThatThrownBy(() -> KaitenClient.builder().executor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("executor == null");
  }

  @Test
  void retryPolicyValuesAreChecked() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts < 1: 0");
    assertThatThrownBy(() -> RetryPolicy.builder().maxWait(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxWait < 0: PT-0.001S");
    assertThatThrownBy(() -> RetryPolicy.builder().backoff(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("backoff == null");
  }
}
