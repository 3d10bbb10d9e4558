package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {
  private static final RetryPolicy RETRY_GETS = RetryPolicy.builder()
      .maxAttempts(3)
      .maxWait(Duration.ofSeconds(2))
      .backoff(Duration.ofMillis(10))
      .build();
  private static final RetryPolicy RETRY_WRITES_ON_RATE_LIMIT = RetryPolicy.builder()
      .maxAttempts(3)
      .maxWait(Duration.ofSeconds(2))
      .backoff(Duration.ofMillis(10))
      .retryWritesOnRateLimit(true)
      .build();

  private final MockWebServer server = Servers.start();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void aGetIsRetriedOnceTheRateLimitWindowHasEnded() throws Exception {
    Instant reset = Instant.now().plusMillis(400);
    List<Instant> arrivals = new CopyOnWriteArrayList<>();
    QueueDispatcher queue = new QueueDispatcher();
    queue.enqueue(Answers.rateLimited(0, reset.toEpochMilli()));
    queue.enqueue(Answers.json(200, "[]"));
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        arrivals.add(Instant.now());
        return queue.dispatch(request);
      }
    });
    KaitenClient client = Fixtures.clientOf(server).retryPolicy(RETRY_GETS).build();

    KaitenResult<List<UserExtended>> result = client.listGroupUsers("developers");

    assertOutcome(result, new KaitenResult.Ok<>(List.of()));
    Servers.take(server);
    RecordedRequest retry = Servers.take(server);
    assertThat(retry.getMethod()).isEqualTo("GET");
    assertThat(arrivals).hasSize(2);
    assertThat(arrivals.get(1)).isAfterOrEqualTo(Instant.ofEpochMilli(reset.toEpochMilli()));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theDefaultPolicyRetriesAGetOnRateLimit() throws Exception {
    server.enqueue(Answers.rateLimited(0, Instant.now().plusMillis(100).toEpochMilli()));
    server.enqueue(Answers.json(200, "[]"));
    KaitenClient client = KaitenClient.builder().baseUri(Servers.baseUri(server)).token(Fixtures.TOKEN).build();

    assertOutcome(client.listGroupUsers("developers"), new KaitenResult.Ok<>(List.of()));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aGetGivesUpAfterMaxAttemptsAndHandsBackTheRateLimit() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return Answers.rateLimited(0, Instant.now().plusMillis(20).toEpochMilli());
      }
    });
    KaitenClient client = Fixtures.clientOf(server).retryPolicy(RETRY_GETS).build();

    KaitenResult<List<UserExtended>> result = client.listGroupUsers("developers");

    assertThat(result).isInstanceOf(KaitenResult.RateLimited.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aWindowEndingLaterThanMaxWaitIsHandedBackAtOnce() throws Exception {
    Instant reset = Instant.ofEpochMilli(Instant.now().plusSeconds(60).toEpochMilli());
    server.enqueue(Answers.rateLimited(0, reset.toEpochMilli()));
    KaitenClient client = Fixtures.clientOf(server).retryPolicy(RETRY_GETS).build();

    long start = System.nanoTime();
    KaitenResult<List<UserExtended>> result = client.listGroupUsers("developers");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertOutcome(result, new KaitenResult.RateLimited<>(0, reset));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aGetIsNotRetriedUnderRetryPolicyNone() throws Exception {
    server.enqueue(Answers.rateLimited(0, Instant.now().toEpochMilli()));
    server.enqueue(Answers.json(200, "[]"));
    KaitenClient client = Fixtures.clientOf(server).retryPolicy(RetryPolicy.none()).build();

    assertThat(client.listGroupUsers("developers")).isInstanceOf(KaitenResult.RateLimited.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aDeleteIsNotRetriedOnRateLimitByDefault() throws Exception {
    server.enqueue(Answers.rateLimited(0, Instant.now().plusMillis(50).toEpochMilli()));
    server.enqueue(Answers.json(200, Fixtures.ADA_JSON));
    KaitenClient client = KaitenClient.builder().baseUri(Servers.baseUri(server)).token(Fixtures.TOKEN).build();

    assertThat(client.removeUserFromGroup("developers", 42)).isInstanceOf(KaitenResult.RateLimited.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPostIsNotRetriedOnRateLimitByDefault() throws Exception {
    server.enqueue(Answers.rateLimited(0, Instant.now().plusMillis(50).toEpochMilli()));
    server.enqueue(Answers.json(200, Fixtures.ADA_JSON));
    KaitenClient client = KaitenClient.builder().baseUri(Servers.baseUri(server)).token(Fixtures.TOKEN).build();

    assertThat(client.addUserToGroup("developers", 42)).isInstanceOf(KaitenResult.RateLimited.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aDeleteIsRetriedOnRateLimitWhenThePolicyOptsIn() throws Exception {
    server.enqueue(Answers.rateLimited(0, Instant.now().plusMillis(50).toEpochMilli()));
    server.enqueue(Answers.json(200, Fixtures.ADA_JSON));
    KaitenClient client = Fixtures.clientOf(server).retryPolicy(RETRY_WRITES_ON_RATE_LIMIT).build();

    assertOutcome(client.removeUserFromGroup("developers", 42), new KaitenResult.Ok<>(Fixtures.ADA));
    assertThat(Servers.take(server).getMethod()).isEqualTo("DELETE");
    assertThat(Servers.take(server).getMethod()).isEqualTo("DELETE");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aGetIsRetriedAfterAConnectionReset() throws Exception {
    server.enqueue(Answers.reset());
    server.enqueue(Answers.reset());
    server.enqueue(Answers.json(200, "[]"));
    KaitenClient client = Fixtures.clientOf(server).retryPolicy(RETRY_GETS).build();

    assertOutcome(client.listGroupUsers("developers"), new KaitenResult.Ok<>(List.of()));
    assertThat(requestLines()).hasSizeGreaterThanOrEqualTo(3)
        .allMatch(line -> line.equals("GET /api/latest/groups/developers/users HTTP/1.1"));
  }

  @Test
  void withoutRetriesTheSameResetsAreAnIoException() throws Exception {
    server.enqueue(Answers.reset());
    server.enqueue(Answers.reset());
    server.enqueue(Answers.json(200, "[]"));
    KaitenClient client = Fixtures.clientOf(server).retryPolicy(RetryPolicy.none()).build();

    assertThatThrownBy(() -> client.listGroupUsers("developers")).isInstanceOf(IOException.class);
  }

  @Test
  void aDeleteIsSentExactlyOnceWhenTheConnectionIsReset() throws Exception {
    for (RetryPolicy policy : List.of(RetryPolicy.defaults(), RETRY_WRITES_ON_RATE_LIMIT, RETRY_GETS)) {
      try (MockWebServer resetting = Servers.start()) {
        resetting.enqueue(Answers.reset());
        resetting.enqueue(Answers.json(200, "[]"));
        KaitenClient client = Fixtures.clientOf(resetting).retryPolicy(policy).build();

        assertThatThrownBy(() -> client.removeUserFromGroup("developers", 42)).isInstanceOf(IOException.class);
        assertThat(requestLines(resetting)).as("requests under %s", policy)
            .containsExactly("DELETE /api/latest/groups/developers/users/42 HTTP/1.1");
      }
    }
  }

  @Test
  void aPostIsSentExactlyOnceWhenTheConnectionIsReset() throws Exception {
    for (RetryPolicy policy : List.of(RetryPolicy.defaults(), RETRY_WRITES_ON_RATE_LIMIT, RETRY_GETS)) {
      try (MockWebServer resetting = Servers.start()) {
        resetting.enqueue(Answers.reset());
        resetting.enqueue(Answers.json(200, "[]"));
        KaitenClient client = Fixtures.clientOf(resetting).retryPolicy(policy).build();

        assertThatThrownBy(() -> client.addUserToGroup("developers", 42)).isInstanceOf(IOException.class);
        assertThat(requestLines(resetting)).as("requests under %s", policy)
            .containsExactly("POST /api/latest/groups/developers/users HTTP/1.1");
      }
    }
  }

  private List<String> requestLines() throws InterruptedException {
    return requestLines(server);
  }

  /** The request lines the server received, e.g. {@code GET /api/latest/groups/g/users HTTP/1.1}. */
  private static List<String> requestLines(MockWebServer server) throws InterruptedException {
    List<String> lines = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      lines.add(Servers.take(server).getRequestLine());
    }
    return lines;
  }
}
