package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.ADA_JSON;
import static io.kaitenkit.client.Fixtures.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void listingCompletesWithTheMembers() throws Exception {
    server.enqueue(Answers.json(200, "[" + Fixtures.ADA_EXTENDED_JSON + "]"));

    assertThat(client.listGroupUsersAsync("developers"))
        .succeedsWithin(WAIT)
        .satisfies(result -> assertOutcome(result, new KaitenResult.Ok<>(List.of(Fixtures.ADA_EXTENDED))));
    assertThat(Servers.take(server).getMethod()).isEqualTo("GET");
  }

  @Test
  void addingCompletesWithTheUser() throws Exception {
    server.enqueue(Answers.json(200, ADA_JSON));

    assertThat(client.addUserToGroupAsync("developers", 42))
        .succeedsWithin(WAIT)
        .satisfies(result -> assertOutcome(result, new KaitenResult.Ok<>(ADA)));
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(Servers.body(request)).isEqualTo("{\"user_id\":42}");
  }

  @Test
  void removingCompletesWithTheRemovedUser() throws Exception {
    server.enqueue(Answers.json(200, ADA_JSON));

    assertThat(client.removeUserFromGroupAsync("developers", 42))
        .succeedsWithin(WAIT)
        .satisfies(result -> assertOutcome(result, new KaitenResult.Ok<>(ADA)));
    assertThat(Servers.take(server).getTarget()).isEqualTo("/api/latest/groups/developers/users/42");
  }

  @Test
  void aFailureStatusCompletesNormallyWithItsResult() {
    server.enqueue(Answers.json(402, "{\"message\": \"Feature is not supported by tariff\"}"));

    assertThat(client.removeUserFromGroupAsync("developers", 42))
        .succeedsWithin(WAIT)
        .satisfies(result -> assertOutcome(result, new KaitenResult.TariffLimited<>("Feature is not supported by tariff")));
  }

  @Test
  void aResetConnectionFailsTheFutureWithAnIoException() throws Exception {
    server.enqueue(Answers.reset());

    assertThat(client.removeUserFromGroupAsync("developers", 42))
        .failsWithin(WAIT)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theGivenExecutorRunsTheHttpClientsTasks() throws Exception {
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Executor counting = task -> {
      tasks.incrementAndGet();
      pool.execute(task);
    };
    try {
      KaitenClient onPool = Fixtures.clientOf(server).executor(counting).build();
      server.enqueue(Answers.json(200, "[]"));

      assertThat(onPool.listGroupUsersAsync("developers")).succeedsWithin(WAIT);
      assertThat(tasks).hasPositiveValue();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneClientServesManyConcurrentCalls() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return Answers.json(200, Fixtures.adaJsonWith(
            user -> user.put("id", Long.parseLong(request.getTarget().replaceAll(".*/", "")))));
      }
    });
    List<CompletableFuture<KaitenResult.WithTariff<User>>> calls = new ArrayList<>();
    for (long id = 1; id <= 32; id++) {
      calls.add(client.removeUserFromGroupAsync("developers", id));
    }

    for (int i = 0; i < calls.size(); i++) {
      assertThat(calls.get(i)).succeedsWithin(WAIT)
          .satisfies(result -> assertThat(result).isInstanceOf(KaitenResult.Ok.class))
          .extracting(result -> result.orThrow().id())
          .isEqualTo(i + 1L);
    }
    assertThat(server.getRequestCount()).isEqualTo(32);
  }
}
