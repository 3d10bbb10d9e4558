package io.kaitenkit.contract;

import static io.kaitenkit.contract.PactClients.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.RetryPolicy;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference client against the mock's faults: a delay beyond the client's timeout, a connection
 * reset, 429, 500 and no response each give the client's documented outcome, and a DELETE or a POST
 * reaches the server exactly once whatever happens.
 */
class FaultMatrixTest {
  private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(500);

  @RegisterExtension
  static KaitenMockExtension kaiten = KaitenMockExtension.builder().build();

  private KaitenClient client(RetryPolicy retries) {
    return KaitenClient.builder()
        .baseUri(kaiten.baseUrl())
        .token(Demo.ADMIN_TOKEN)
        .timeout(CLIENT_TIMEOUT)
        .retryPolicy(retries)
        .build();
  }

  @Test
  void aDelayBeyondTheTimeoutIsAnIoExceptionAndTheDeleteIsSentOnce() throws Exception {
    kaiten.addFault(Fault.on("removeUserFromGroup").delay(Duration.ofSeconds(3)));

    assertThatThrownBy(() -> client(RetryPolicy.defaults()).removeUserFromGroup(Demo.DEVELOPERS, Demo.ADA))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(deletesReceived()).isEqualTo(1);
  }

  @Test
  void aConnectionResetIsAnIoExceptionAndTheDeleteIsSentOnce() throws Exception {
    kaiten.addFault(Fault.on("removeUserFromGroup").resetConnection());

    assertThatThrownBy(() -> client(RetryPolicy.defaults()).removeUserFromGroup(Demo.DEVELOPERS, Demo.ADA))
        .isInstanceOf(IOException.class);
    assertThat(deletesReceived()).isEqualTo(1);
    assertThat(kaiten.state().isMember(Demo.DEVELOPERS, Demo.ADA)).isTrue();
  }

  @Test
  void aConnectionResetOnAddIsAnIoExceptionAndThePostIsSentOnce() {
    kaiten.addFault(Fault.on("addUserToGroup").resetConnection());

    assertThatThrownBy(() -> client(RetryPolicy.defaults()).addUserToGroup("designers", Demo.ADA))
        .isInstanceOf(IOException.class);
    assertThat(kaiten.requests()).filteredOn(request -> request.method().equals("POST")).hasSize(1);
  }

  @Test
  void noResponseIsAnIoExceptionAfterTheTimeoutAndTheDeleteIsSentOnce() throws Exception {
    kaiten.addFault(Fault.on("removeUserFromGroup").noResponse());

    assertThatThrownBy(() -> client(RetryPolicy.defaults()).removeUserFromGroup(Demo.DEVELOPERS, Demo.ADA))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(deletesReceived()).isEqualTo(1);
  }

  @Test
  void aRateLimitIsRateLimitedAndTheDeleteIsNotRetried() throws Exception {
    kaiten.server().exhaustRateLimit(Demo.ADMIN_TOKEN);

    KaitenResult<?> result = client(RetryPolicy.defaults()).removeUserFromGroup(Demo.DEVELOPERS, Demo.ADA);

    assertThat(result).isInstanceOf(KaitenResult.RateLimited.class);
    assertThat(deletesReceived()).isEqualTo(1);
    assertThat(kaiten.state().isMember(Demo.DEVELOPERS, Demo.ADA)).isTrue();
  }

  @Test
  void aServerErrorIsUnexpectedWithItsBodyAndTheDeleteIsSentOnce() throws Exception {
    kaiten.addFault(Fault.on("removeUserFromGroup").status(500, Map.of("Content-Type", "text/plain"), "boom"));

    KaitenResult<?> result = client(RetryPolicy.defaults()).removeUserFromGroup(Demo.DEVELOPERS, Demo.ADA);

    assertOutcome(result, new KaitenResult.Unexpected<>(500, "boom"));
    assertThat(deletesReceived()).isEqualTo(1);
  }

  @Test
  void aListIsRetriedAfterAResetWithinTheRetryPolicy() throws Exception {
    kaiten.addFault(Fault.on("listGroupUsers").times(1).resetConnection());

    KaitenResult<?> result = client(RetryPolicy.defaults()).listGroupUsers(Demo.DEVELOPERS);

    assertThat(result).isInstanceOf(KaitenResult.Ok.class);
    assertThat(kaiten.requests()).filteredOn(request -> request.method().equals("GET"))
        .hasSizeBetween(2, RetryPolicy.defaults().maxAttempts() + 1);
  }

  /**
   * The DELETEs the mock received, once the first has reached the journal (a request whose client gave
   * up is recorded when its connection closes, a moment after the client's exception).
   */
  private static long deletesReceived() throws InterruptedException {
    RecordedExchange first = kaiten.takeRequest(10, TimeUnit.SECONDS);
    assertThat(first).as("a request reached the mock").isNotNull();
    return kaiten.requests().stream().map(RecordedExchange::method).filter("DELETE"::equals).count();
  }
}
