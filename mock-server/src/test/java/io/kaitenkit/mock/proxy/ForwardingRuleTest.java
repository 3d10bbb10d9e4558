package io.kaitenkit.mock.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.internal.proxy.UpstreamTarget;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where {@code --proxy-to} sends a request, and which upstream URLs it refuses. */
class ForwardingRuleTest {
  private static final String BASE = "/api/latest";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "https://acme.kaiten.ru,                 /api/latest/groups/dev/users?x=1",
      "https://acme.kaiten.ru/,                /api/latest/groups/dev/users?x=1",
      "https://acme.kaiten.ru/api/latest,      /api/latest/groups/dev/users?x=1",
      "https://acme.kaiten.ru/api/latest/,     /api/latest/groups/dev/users?x=1",
      "http://127.0.0.1:8080/gateway,          /gateway/api/latest/groups/dev/users?x=1",
      "http://127.0.0.1:8080/gateway/api/latest, /gateway/api/latest/groups/dev/users?x=1"})
  void requestPathIsAppendedToTheUpstreamPathWithoutDoublingTheBasePath(String upstream, String sent) {
    UpstreamTarget target = UpstreamTarget.of(URI.create(upstream), BASE);

    assertThat(target.requestUri("/api/latest/groups/dev/users", "x=1")).isEqualTo(sent);
  }

  @Test
  void httpsUpstreamDefaultsToPort443AndAPortlessHostHeader() {
    UpstreamTarget target = UpstreamTarget.of(URI.create("https://acme.kaiten.ru"), BASE);

    assertThat(target).isEqualTo(new UpstreamTarget("acme.kaiten.ru", 443, true, ""));
    assertThat(target.hostHeader()).isEqualTo("acme.kaiten.ru");
    assertThat(target.displayName()).isEqualTo("acme.kaiten.ru:443");
  }

  @Test
  void explicitPortAndIpv6LiteralAreKeptInTheHostHeader() {
    UpstreamTarget target = UpstreamTarget.of(URI.create("http://[::1]:9000"), BASE);

    assertThat(target.host()).isEqualTo("::1");
    assertThat(target.hostHeader()).isEqualTo("[::1]:9000");
  }

  @Test
  void rawPathAndQueryAreForwardedWithoutDecoding() {
    UpstreamTarget target = UpstreamTarget.of(URI.create("https://acme.kaiten.ru"), BASE);

    assertThat(target.requestUri("/api/latest/groups/dev%2Fops/users", "q=a%20b&q=c"))
        .isEqualTo("/api/latest/groups/dev%2Fops/users?q=a%20b&q=c");
  }

  @Test
  void upstreamUrlWithCredentialsIsRefusedWithoutRepeatingThem() {
    assertThatThrownBy(() -> MockOptions.builder().proxyTo(URI.create("https://bot:s3cret-pass@acme.kaiten.ru")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not carry credentials")
        .hasMessageNotContaining("s3cret-pass");
  }

  @ParameterizedTest
  @CsvSource({
      "ftp://acme.kaiten.ru,                must be http or https",
      "acme.kaiten.ru,                      must be http or https",
      "https://acme.kaiten.ru/?token=x,     must have no query or fragment"})
  void upstreamUrlThatIsNotAPlainHttpOrHttpsBaseIsRefused(String url, String reason) {
    assertThatThrownBy(() -> MockOptions.builder().proxyTo(URI.create(url)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void proxyOptionsHaveSafeDefaultsAndShowInToString() {
    MockOptions defaults = MockOptions.defaults();
    MockOptions proxy = MockOptions.builder().proxyTo(URI.create("https://acme.kaiten.ru"))
        .upstreamTimeout(Duration.ofSeconds(3)).build();

    assertThat(defaults.proxyTo()).isNull();
    assertThat(defaults.upstreamTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(proxy.toBuilder().build().proxyTo()).isEqualTo(URI.create("https://acme.kaiten.ru"));
    assertThat(proxy.toString()).contains("proxyTo=https://acme.kaiten.ru, upstreamTimeout=PT3S");
    assertThatThrownBy(() -> MockOptions.builder().upstreamTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
