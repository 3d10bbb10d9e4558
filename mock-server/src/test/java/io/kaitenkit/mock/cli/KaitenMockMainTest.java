package io.kaitenkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.mock.MockOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** How the CLI's arguments become options: the Java API's defaults, and the flags only the CLI has. */
class KaitenMockMainTest {
  private static KaitenMockMain parse(String... args) {
    KaitenMockMain main = new KaitenMockMain(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    new CommandLine(main).parseArgs(args);
    return main;
  }

  @Test
  void withoutArgumentsTheOptionsAreTheJavaDefaultsOnTheFixedPort() {
    MockOptions cli = parse().options();

    assertThat(cli.port()).isEqualTo(8089);
    assertThat(cli.toString()).isEqualTo(MockOptions.builder().port(8089).build().toString());
  }

  @Test
  void strictIsOnUnlessNegated() {
    assertThat(parse().options().strict()).isTrue();
    assertThat(parse("--strict").options().strict()).isTrue();
    assertThat(parse("--no-strict").options().strict()).isFalse();
  }

  @Test
  void failOnDriftIsAFlagOfTheCliAlone() {
    KaitenMockMain main = parse("--proxy-to", "https://acme.kaiten.ru", "--fail-on-drift");

    assertThat(main.failOnDrift).isTrue();
    assertThat(main.options().proxyTo()).hasToString("https://acme.kaiten.ru");
    assertThat(parse("--proxy-to", "https://acme.kaiten.ru").failOnDrift).isFalse();
  }

  @Test
  void failOnDriftWithoutAProxyIsRefused() {
    KaitenMockMain main = parse("--fail-on-drift");

    assertThatThrownBy(main::options).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--fail-on-drift needs --proxy-to: only the validation proxy sees drift");
  }
}
