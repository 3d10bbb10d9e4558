package io.kaitenkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class TimeoutTest {
  private static final Duration TIMEOUT = Duration.ofMillis(300);
  /** Generous for a loaded CI machine, yet far below what a missing timeout would take. */
  private static final Duration MARGIN = Duration.ofMillis(1500);

  @Test
  void aServerThatNeverAnswersIsAnIoExceptionWithinTheTimeout() throws Exception {
    try (RawStub stub = RawStub.start(RawStub.Action.SILENCE)) {
      KaitenClient client = Fixtures.clientOf(stub.baseUri()).timeout(TIMEOUT).build();

      long start = System.nanoTime();
      assertThatThrownBy(() -> client.removeUserFromGroup("developers", 42))
          .isInstanceOf(HttpTimeoutException.class);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(took).isGreaterThanOrEqualTo(TIMEOUT.minusMillis(50)).isLessThan(TIMEOUT.plus(MARGIN));
      assertThat(stub.requestCount()).isEqualTo(1);
      assertThat(stub.awaitClientHangUp()).as("the client closes the connection it gave up on").isTrue();
    }
  }

  @Test
  void aBodyThatStopsMidwayIsAnIoExceptionWithinTheTimeout() throws Exception {
    try (RawStub stub = RawStub.start(RawStub.Action.STALL_BODY)) {
      KaitenClient client = Fixtures.clientOf(stub.baseUri()).timeout(TIMEOUT).build();

      long start = System.nanoTime();
      assertThatThrownBy(() -> client.listGroupUsers("developers"))
          .isInstanceOf(HttpTimeoutException.class)
          .hasMessage("request timed out after PT0.3S");
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(took).isLessThan(TIMEOUT.plus(MARGIN));
      assertThat(stub.awaitClientHangUp()).as("the client closes the connection it gave up on").isTrue();
    }
  }

  @Test
  void anAsyncCallThatTimesOutFailsWithAnIoException() throws Exception {
    try (RawStub stub = RawStub.start(RawStub.Action.SILENCE)) {
      KaitenClient client = Fixtures.clientOf(stub.baseUri()).timeout(TIMEOUT).build();

      CompletableFuture<KaitenResult<List<User>>> future = client.listGroupUsersAsync("developers");

      assertThat(future).failsWithin(TIMEOUT.plus(MARGIN))
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(HttpTimeoutException.class);
    }
  }

  @Test
  void aRefusedConnectionIsAnIoException() throws Exception {
    URI closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/latest");
    }
    KaitenClient client = Fixtures.clientOf(closedPort).build();

    assertThatThrownBy(() -> client.addUserToGroup("developers", 42))
        .isInstanceOf(ConnectException.class)
        .isInstanceOf(IOException.class);
  }

  @Test
  void theSynchronousExceptionShowsTheCallersStack() throws Exception {
    try (RawStub stub = RawStub.start(RawStub.Action.SILENCE)) {
      KaitenClient client = Fixtures.clientOf(stub.baseUri()).timeout(TIMEOUT).build();

      assertThatThrownBy(() -> client.listGroupUsers("developers"))
          .satisfies(thrown -> assertThat(thrown.getStackTrace())
              .anyMatch(frame -> frame.getClassName().equals(TimeoutTest.class.getName())));
    }
  }
}
