package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.ADA_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
// snippet:start client
import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.User;
import io.kaitenkit.client.UserExtended;
import java.time.Duration;
import java.util.List;
// snippet:end

/**
 * Runs the example of docs/reference-client.md, which shows the code between the snippet markers
 * (checked by contract-tests' DocSnippetsTest).
 */
class ReferenceClientExampleTest {
  private final MockWebServer server = Servers.start();

  @AfterEach
  void stopServer() {
    server.close();
  }

  static List<UserExtended> readmeExample(URI baseUri, String token) throws Exception {
    // snippet:start client
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
    // snippet:end
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
