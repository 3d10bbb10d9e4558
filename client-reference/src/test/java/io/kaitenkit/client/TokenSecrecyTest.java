package io.kaitenkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token goes into the Authorization header and nowhere else. */
class TokenSecrecyTest {
  /** No hyphen: Jackson quotes a whole identifier-like word when it reports "not JSON". */
  private static final String CANARY = "CANARYc4f1e9a7d2b6";

  private final MockWebServer server = Servers.start();
  private final KaitenClient client = KaitenClient.builder()
      .baseUri(Servers.baseUri(server))
      .token(CANARY)
      .timeout(Duration.ofSeconds(5))
      .retryPolicy(RetryPolicy.none())
      .build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void theTokenIsSentAsABearerToken() throws Exception {
    server.enqueue(Answers.json(200, "[]"));

    client.listGroupUsers("developers");

    assertThat(Servers.take(server).getHeaders().get("Authorization")).isEqualTo("Bearer " + CANARY);
  }

  @Test
  void theClientAndItsBuilderDoNotShowTheToken() {
    KaitenClient.Builder builder = KaitenClient.builder().baseUri(Servers.baseUri(server)).token(CANARY);

    assertThat(builder.toString()).doesNotContain(CANARY).contains("token=[redacted]");
    assertThat(client.toString()).doesNotContain(CANARY).contains(Servers.baseUri(server).toString());
  }

  @Test
  void resultsAndTheirExceptionsDoNotRepeatATokenTheServerEchoes() throws Exception {
    // A misbehaving proxy or error page that echoes the request's Authorization header.
    List<MockResponse> echoes = List.of(
        Answers.json(200, "Bearer " + CANARY),
        Answers.json(200, "{\"id\": \"" + CANARY + "\"}"),
        Answers.json(400, "{\"message\": \"bad header Bearer " + CANARY + "\"}"),
        Answers.json(402, "{\"message\": \"" + CANARY + "\"}"),
        Answers.text(500, "Authorization: Bearer " + CANARY),
        Answers.text(401, "Invalid token " + CANARY));
    List<KaitenResult<User>> results = new ArrayList<>();
    for (MockResponse echo : echoes) {
      server.enqueue(echo);
      results.add(client.addUserToGroup("developers", 42));
    }

    assertThat(results).extracting(KaitenResult::code).containsExactly(200, 200, 400, 402, 500, 401);
    for (KaitenResult<User> result : results) {
      assertThat(result.toString()).doesNotContain(CANARY);
      assertNowhere(catchThrowable(result::orThrow));
    }
    assertThat(results.get(0).toString()).contains("[redacted]");
    assertThat(Servers.take(server).getHeaders().get("Authorization")).isEqualTo("Bearer " + CANARY);
  }

  @Test
  void connectionFailuresDoNotMentionTheToken() throws Exception {
    for (MockResponse failure : List.of(Answers.silence(), Answers.reset())) {
      try (MockWebServer failingServer = Servers.always(failure)) {
        KaitenClient failing = KaitenClient.builder().baseUri(Servers.baseUri(failingServer)).token(CANARY)
            .timeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).build();

        Throwable sync = catchThrowable(() -> failing.removeUserFromGroup("developers", 42));
        Throwable async = catchThrowable(() -> failing.listGroupUsersAsync("developers").join());

        assertThat(sync).isNotNull();
        assertThat(async).isNotNull();
        assertNowhere(sync);
        assertNowhere(async);
      }
    }
  }

  @Test
  void rejectedArgumentsDoNotMentionTheToken() {
    assertNowhere(catchThrowable(() -> KaitenClient.builder().token(CANARY + "\n")));
    assertNowhere(catchThrowable(() -> KaitenClient.builder().token(CANARY + " " + CANARY)));
    assertNowhere(catchThrowable(() -> KaitenClient.builder().baseUri("https://u:" + CANARY + "@acme.kaiten.ru/")));
    assertNowhere(catchThrowable(() -> client.removeUserFromGroup(" ", 42)));
  }

  /** Neither the throwable nor anything it carries (causes, suppressed, stack) mentions the canary. */
  private static void assertNowhere(Throwable thrown) {
    assertThat(thrown).isNotNull();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>(List.of(thrown));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(todo.size() - 1);
      if (!seen.add(t)) {
        continue;
      }
      assertThat(String.valueOf(t)).doesNotContain(CANARY);
      assertThat(String.valueOf(t.getMessage())).doesNotContain(CANARY);
      if (t instanceof KaitenApiException api) {
        assertThat(api.result().toString()).doesNotContain(CANARY);
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(List.of(t.getSuppressed()));
    }
  }
}
