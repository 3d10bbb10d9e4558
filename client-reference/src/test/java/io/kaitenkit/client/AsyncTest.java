package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.ADA_JSON;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final StubServer stub = StubServer.start();
  private final KaitenClient client = Fixtures.clientOf(stub.baseUri()).build();

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  void listingCompletesWithTheMembers() throws Exception {
    stub.enqueue(StubResponse.json(200, "[" + ADA_JSON + "]"));

    assertThat(client.listGroupUsersAsync("developers"))
        .succeedsWithin(WAIT)
        .isEqualTo(new KaitenResult.Listed(List.of(ADA)));
    assertThat(stub.takeRequest().method()).isEqualTo("GET");
  }

  @Test
  void addingCompletesWithTheUser() throws Exception {
    stub.enqueue(StubResponse.json(200, ADA_JSON));

    assertThat(client.addUserToGroupAsync("developers", 42))
        .succeedsWithin(WAIT)
        .isEqualTo(new KaitenResult.Added(ADA));
    RecordedRequest request = stub.takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.body()).isEqualTo("{\"user_id\":42}");
  }

  @Test
  void removingCompletesWithTheRemovedUser() throws Exception {
    stub.enqueue(StubResponse.json(200, ADA_JSON));

    assertThat(client.removeUserFromGroupAsync("developers", 42))
        .succeedsWithin(WAIT)
        .isEqualTo(new KaitenResult.Removed(ADA));
    assertThat(stub.takeRequest().rawPath()).isEqualTo("/api/latest/groups/developers/users/42");
  }

  @Test
  void aFailureStatusCompletesNormallyWithItsResult() {
    stub.enqueue(StubResponse.json(402, "{\"message\": \"Feature is not supported by tariff\"}"));

    assertThat(client.removeUserFromGroupAsync("developers", 42))
        .succeedsWithin(WAIT)
        .isEqualTo(new KaitenResult.TariffLimited<>("Feature is not supported by tariff"));
  }

  @Test
  void aResetConnectionFailsTheFutureWithAnIoException() throws Exception {
    try (RawStub raw = RawStub.start(RawStub.Action.RESET)) {
      KaitenClient failing = Fixtures.clientOf(raw.baseUri()).build();

      assertThat(failing.removeUserFromGroupAsync("developers", 42))
          .failsWithin(WAIT)
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(IOException.class);
      assertThat(raw.requestCount()).isEqualTo(1);
    }
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
      KaitenClient onPool = Fixtures.clientOf(stub.baseUri()).executor(counting).build();
      stub.enqueue(StubResponse.json(200, "[]"));

      assertThat(onPool.listGroupUsersAsync("developers")).succeedsWithin(WAIT);
      assertThat(tasks).hasPositiveValue();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneClientServesManyConcurrentCalls() {
    stub.dispatch(request -> StubResponse.json(200, Fixtures.adaJsonWith(
        user -> user.put("id", Long.parseLong(request.rawPath().replaceAll(".*/", ""))))));
    List<CompletableFuture<KaitenResult<User>>> calls = new ArrayList<>();
    for (long id = 1; id <= 32; id++) {
      calls.add(client.removeUserFromGroupAsync("developers", id));
    }

    for (int i = 0; i < calls.size(); i++) {
      assertThat(calls.get(i)).succeedsWithin(WAIT)
          .satisfies(result -> assertThat(result).isInstanceOf(KaitenResult.Removed.class))
          .extracting(result -> result.orThrow().id())
          .isEqualTo(i + 1L);
    }
    assertThat(stub.requestCount()).isEqualTo(32);
  }
}
