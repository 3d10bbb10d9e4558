package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.ADA_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the README's example of the reference client and keeps the README's copy identical to it. */
class ReadmeExampleTest {
  private static final Path SOURCE = Path.of("src/test/java/io/kaitenkit/client/ReadmeExampleTest.java");
  private static final Path README = Path.of("../docs/reference-client.md");

  private final MockWebServer server = Servers.start();

  @AfterEach
  void stopServer() {
    server.close();
  }

  static List<UserExtended> readmeExample(URI baseUri, String token) throws Exception {
    // README:begin
    KaitenClient kaiten = KaitenClient.builder()
        .baseUri(baseUri)                  // e.g. https://acme.kaiten.ru/api/latest
        .token(token)                      // an API token from a Kaiten profile
        .timeout(Duration.ofSeconds(10))
        .build();

    KaitenResult.WithTariff<User> result = kaiten.removeUserFromGroup("developers", 42);
    if (result instanceof KaitenResult.Ok<User> removed) {
      System.out.println("Removed " + removed.value().fullName());
    } else if (result instanceof KaitenResult.NotFound<User>) {
      System.out.println("Not a member: nothing to do");
    } else if (result instanceof KaitenResult.RateLimited<User> limited) {
      System.out.println("Rate limited until " + limited.reset());
    } else {
      result.orThrow(); // KaitenApiException: HTTP 402 Feature is not supported by tariff
    }

    // When anything but success is a bug, orThrow() returns the value or says what happened.
    List<UserExtended> members = kaiten.listGroupUsers("developers").orThrow();
    // README:end
    return members;
  }

  @Test
  void theExampleRemovesAMemberAndListsTheRest() throws Exception {
    server.enqueue(Answers.json(200, ADA_JSON));
    server.enqueue(Answers.json(200, "[" + Fixtures.GRACE_EXTENDED_JSON + "]"));

    String printed = printedBy(() -> assertThat(readmeExample(Servers.baseUri(server), Fixtures.TOKEN))
        .containsExactly(Fixtures.GRACE_EXTENDED));

    assertThat(printed).isEqualTo("Removed " + ADA.fullName() + System.lineSeparator());
    assertThat(Servers.take(server).getMethod()).isEqualTo("DELETE");
    assertThat(Servers.take(server).getMethod()).isEqualTo("GET");
  }

  @Test
  void theExampleHandlesANonMemberAndARateLimit() throws Exception {
    server.enqueue(Answers.empty(404));
    server.enqueue(Answers.json(200, "[]"));
    assertThat(printedBy(() -> readmeExample(Servers.baseUri(server), Fixtures.TOKEN)))
        .isEqualTo("Not a member: nothing to do" + System.lineSeparator());

    server.enqueue(Answers.rateLimited(0, 1_767_225_600_000L));
    server.enqueue(Answers.json(200, "[]"));
    assertThat(printedBy(() -> readmeExample(Servers.baseUri(server), Fixtures.TOKEN)))
        .isEqualTo("Rate limited until " + Instant.parse("2026-01-01T00:00:00Z") + System.lineSeparator());
  }

  @Test
  void theExampleThrowsWhatItDoesNotHandle() {
    server.enqueue(Answers.json(402, "{\"message\": \"Feature is not supported by tariff\"}"));

    assertThatThrownBy(() -> readmeExample(Servers.baseUri(server), Fixtures.TOKEN))
        .isInstanceOf(KaitenApiException.class)
        .hasMessage("HTTP 402 Feature is not supported by tariff");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theReadmeShowsExactlyThisCode() throws Exception {
    assumeTrue(Files.exists(README) && Files.exists(SOURCE), "run from the client-reference module of the repository");
    Matcher test = Pattern.compile("// README:begin\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL)
        .matcher(Files.readString(SOURCE));
    Matcher readme = Pattern.compile("# The reference client.*?```java\\n(.*?)\\n```", Pattern.DOTALL)
        .matcher(Files.readString(README));

    assertThat(test.find()).as("markers in " + SOURCE).isTrue();
    assertThat(readme.find()).as("a java block under '# The reference client' in " + README).isTrue();
    assertThat(readme.group(1)).isEqualTo(test.group(1).stripIndent());
  }

  private interface Example {
    void run() throws Exception;
  }

  private static String printedBy(Example example) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      example.run();
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }
}
