package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.admin.Fault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** close(): requests in flight finish, new connections are refused, and it returns in bounded time. */
class GracefulShutdownTest {
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void aRequestInFlightCompletesAndNewConnectionsAreRefused() throws Exception {
    KaitenMockServer kaiten = KaitenMockServer.start();
    int port = kaiten.port();
    kaiten.addFault(Fault.on("removeUserFromGroup").times(1).delay(Duration.ofMillis(700)));
    CompletableFuture<HttpResponse<String>> inFlight = CLIENT.sendAsync(
        HttpRequest.newBuilder(URI.create(kaiten.url("/groups/developers/users/42"))).DELETE()
            .header("Authorization", "Bearer " + Demo.ADMIN).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
    awaitFaultClaimed(kaiten);

    assertTimeoutPreemptively(Duration.ofSeconds(20), kaiten::close);

    HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"id\":42");
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
  }

  @Test
  void aRequestThatNeverGetsAnAnswerDoesNotHoldCloseBeyondTheShutdownTimeout() throws Exception {
    KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder()
        .shutdownTimeout(Duration.ofMillis(500)).build());
    kaiten.addFault(Fault.on("listGroupUsers").noResponse());
    CompletableFuture<HttpResponse<String>> stuck = CLIENT.sendAsync(
        HttpRequest.newBuilder(URI.create(kaiten.url("/groups/developers/users")))
            .header("Authorization", "Bearer " + Demo.ADMIN).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    awaitFaultClaimedOrRecorded(kaiten);

    assertTimeoutPreemptively(Duration.ofSeconds(15), kaiten::close);

    assertThat(stuck).failsWithin(Duration.ofSeconds(10)).withThrowableThat().havingRootCause()
        .isInstanceOf(IOException.class);
  }

  private static void awaitFaultClaimed(KaitenMockServer kaiten) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!kaiten.faults().isEmpty()) {
      assertThat(System.nanoTime()).as("the request reached the mock").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static void awaitFaultClaimedOrRecorded(KaitenMockServer kaiten) throws InterruptedException {
    RecordedExchange recorded = kaiten.takeRequest(10, TimeUnit.SECONDS);
    assertThat(recorded).as("the request reached the mock").isNotNull();
    assertThat(recorded.status()).isZero();
  }
}
