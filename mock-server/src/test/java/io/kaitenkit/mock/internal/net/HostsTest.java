package io.kaitenkit.mock.internal.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hosts are bracketed for URLs once, and judged loopback by address, never by how a name looks. */
class HostsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"127.0.0.1, 127.0.0.1", "::1, [::1]", "[::1], [::1]", "fe80::1%lo, [fe80::1%lo]", "acme.kaiten.ru, acme.kaiten.ru"})
  void ipv6LiteralsAreBracketedForUrls(String host, String inUrl) {
    assertThat(Hosts.bracketed(host)).isEqualTo(inUrl);
    assertThat(Hosts.unbracketed(inUrl)).isEqualTo(host.replace("[", "").replace("]", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "127.255.255.254", "::1", "[::1]", "0:0:0:0:0:0:0:1", "localhost"})
  void loopbackBindHosts(String host) {
    assertThat(Hosts.isLoopbackBindHost(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.evil.example", "0.0.0.0", "10.0.0.1", "::", "no-such-host.invalid"})
  void bindHostsThatAreNotLoopback(String host) {
    assertThat(Hosts.isLoopbackBindHost(host)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "LOCALHOST.", "app.localhost", "127.0.0.1", "127.0.0.2", "[::1]", "::1",
      "[0:0:0:0:0:0:0:1]", "[::ffff:127.0.0.1]"})
  void loopbackHostHeaders(String host) {
    assertThat(Hosts.isLoopbackHostHeader(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.evil.example", "127.0.0.1.evil.example", "localhost.evil.example", "attacker.example",
      "10.0.0.1", "999.0.0.1", "[::2]", "[fe80::1]", "[not-an-address]"})
  void hostHeadersThatAreNotLoopback(String host) {
    assertThat(Hosts.isLoopbackHostHeader(host)).isFalse();
  }
}
