package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After the whole unit-test run: every line the mock logged during it (written to
 * {@code target/test-suite.log} by logback-test.xml, all levels) is searched for the canary and for the
 * demo tokens the suite sends thousands of times. None may appear whole.
 */
class TokenHygieneIT {
  private static final List<String> TOKENS = List.of(Canary.TOKEN, "demo-admin-token", "demo-no-permission-token",
      "demo-group-admin-token", "demo-members-permission-token", "demo-no-groups-tariff-token",
      "demo-other-company-token");

  @Test
  void noTokenAppearsInAnythingTheSuiteLogged() throws IOException {
    Path log = Path.of("target/test-suite.log");
    assertThat(log).as("the unit tests' log (run them first)").exists();
    String text = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(text).as("lines logged by the unit tests").isNotBlank();
    for (String token : TOKENS) {
      assertThat(text).as("log lines containing %s", token).doesNotContain(token);
    }
  }
}
