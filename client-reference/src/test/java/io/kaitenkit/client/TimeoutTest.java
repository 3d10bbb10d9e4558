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
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeoutTest {
  /** Long enough that a loaded machine still connects and sends within it. */
  private static final Duration TIMEOUT = Duration.ofSeconds(1);
  /** Generous for a loaded CI machine, yet far below what a missing timeout would take. */
  private static final Duration MARGIN = Duration.ofMillis(2000);

  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).timeout(TIMEOUT).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void aServerThatNeverAnswersIsAnIoExceptionWithinTheTimeout() throws Exception {
    server.enqueue(Answers.silence());

    long start = System.nanoTime();
    assertThatThrownBy(() -> client.removeUserFromGroup("developers", 42))
        .isInstanceOf(HttpTimeoutException.class);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isGreaterThanOrEqualTo(TIMEOUT.minusMillis(50)).isLessThan(TIMEOUT.plus(MARGIN));
    assertThat(Servers.take(server).getMethod()).isEqualTo("DELETE");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aBodyThatStopsMidwayIsAnIoExceptionWithinTheTimeout() throws Exception {
    HangUp hangUp = new HangUp();
    server.enqueue(Answers.stalledBody(hangUp));

    long start = System.nanoTime();
    assertThatThrownBy(() -> client.listGroupUsers("developers"))
        .isInstanceOf(HttpTimeoutException.class)
        .hasMessage("request timed out after PT1S");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(TIMEOUT.plus(MARGIN));
    assertThat(hangUp.awaited()).as("the client closes the connection it gave up on").isTrue();
  }

  @Test
  void anAsyncCallThatTimesOutFailsWithAnIoException() {
    server.enqueue(Answers.silence());

    CompletableFuture<KaitenResult.WithBadRequest<List<UserExtended>>> future =
        client.listGroupUsersAsync("developers");

    assertThat(future).failsWithin(TIMEOUT.plus(MARGIN))
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void aRefusedConnectionIsAnIoException() throws Exception {
    URI closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/latest");
    }
    KaitenClient refused = Fixtures.clientOf(closedPort).build();

    assertThatThrownBy(() -> refused.addUserToGroup("developers", 42))
        .isInstanceOf(ConnectException.class)
        .isInstanceOf(IOException.class);
  }

  @Test
  void theSynchronousExceptionShowsTheCallersStack() {
    server.enqueue(Answers.silence());

    assertThatThrownBy(() -> client.listGroupUsers("developers"))
        .satisfies(thrown -> assertThat(thrown.getStackTrace())
            .anyMatch(frame -> frame.getClassName().equals(TimeoutTest.class.getName())));
  }
}
