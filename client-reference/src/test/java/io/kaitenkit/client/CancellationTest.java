package io.kaitenkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CancellationTest {

  @Test
  void cancellingTheFutureAbortsTheExchange() throws Exception {
    try (RawStub raw = RawStub.start(RawStub.Action.SILENCE)) {
      KaitenClient client = Fixtures.clientOf(raw.baseUri()).timeout(Duration.ofSeconds(30)).build();
      CompletableFuture<KaitenResult<User>> future = client.removeUserFromGroupAsync("developers", 42);
      assertThat(raw.awaitRequest()).isTrue();

      future.cancel(true);

      assertThat(future).isCancelled();
      assertThat(raw.awaitClientHangUp()).as("the connection is closed").isTrue();
      assertThat(raw.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void interruptingASynchronousCallThrowsInterruptedExceptionAndAbortsTheExchange() throws Exception {
    try (RawStub raw = RawStub.start(RawStub.Action.SILENCE)) {
      KaitenClient client = Fixtures.clientOf(raw.baseUri()).timeout(Duration.ofSeconds(30)).build();
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      Thread caller = new Thread(() -> {
        try {
          KaitenResult<List<User>> unexpected = client.listGroupUsers("developers");
          thrown.set(new AssertionError("answered " + unexpected));
        } catch (Exception e) {
          thrown.set(e);
        }
      });
      caller.start();
      assertThat(raw.awaitRequest()).isTrue();

      caller.interrupt();
      caller.join(TimeUnit.SECONDS.toMillis(5));

      assertThat(caller.isAlive()).isFalse();
      assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
      assertThat(raw.awaitClientHangUp()).as("the connection is closed").isTrue();
    }
  }
}
