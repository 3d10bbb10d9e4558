package io.kaitenkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An answer whose body never ends keeps the exchange in flight until the caller gives up on it. */
class CancellationTest {
  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).timeout(Duration.ofSeconds(30)).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void cancellingTheFutureAbortsTheExchange() throws Exception {
    HangUp hangUp = new HangUp();
    server.enqueue(Answers.stalledBody(hangUp));
    CompletableFuture<KaitenResult.WithTariff<User>> future = client.removeUserFromGroupAsync("developers", 42);
    Servers.take(server);

    future.cancel(true);

    assertThat(future).isCancelled();
    assertThat(hangUp.awaited()).as("the connection is closed").isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void interruptingASynchronousCallThrowsInterruptedExceptionAndAbortsTheExchange() throws Exception {
    HangUp hangUp = new HangUp();
    server.enqueue(Answers.stalledBody(hangUp));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        KaitenResult<List<UserExtended>> unexpected = client.listGroupUsers("developers");
        thrown.set(new AssertionError("answered " + unexpected));
      } catch (Exception e) {
        thrown.set(e);
      }
    });
    caller.start();
    Servers.take(server);

    caller.interrupt();
    caller.join(TimeUnit.SECONDS.toMillis(5));

    assertThat(caller.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    assertThat(hangUp.awaited()).as("the connection is closed").isTrue();
  }
}
