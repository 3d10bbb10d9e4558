package io.kaitenkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

  private final StubServer stub = StubServer.start();

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  void aGetIsRetriedOnceTheRateLimitWindowHasEnded() throws Exception {
    Instant reset = Instant.now().plusMillis(400);
    stub.enqueue(StubResponse.rateLimited(0, reset.toEpochMilli()));
    stub.enqueue(StubResponse.json(200, "[]"));
    KaitenClient client = Fixtures.clientOf(stub.baseUri()).retryPolicy(RETRY_GETS).build();

    KaitenResult<List<User>> result = client.listGroupUsers("developers");

    assertThat(result).isEqualTo(new KaitenResult.Listed(List.of()));
    stub.takeRequest();
    RecordedRequest retry = stub.takeRequest();
    assertThat(retry.method()).isEqualTo("GET");
    assertThat(retry.receivedAt()).isAfterOrEqualTo(Instant.ofEpochMilli(reset.toEpochMilli()));
    assertThat(stub.requestCount()).isEqualTo(2);
  }

  @Test
  void theDefaultPolicyRetriesAGetOnRateLimit() throws Exception {
    stub.enqueue(StubResponse.rateLimited(0, Instant.now().plusMillis(100).toEpochMilli()));
    stub.enqueue(StubResponse.json(200, "[]"));
    KaitenClient client = KaitenClient.builder().baseUri(stub.baseUri()).token(Fixtures.TOKEN).build();

    assertThat(client.listGroupUsers("developers")).isEqualTo(new KaitenResult.Listed(List.of()));
    assertThat(stub.requestCount()).isEqualTo(2);
  }

  @Test
  void aGetGivesUpAfterMaxAttemptsAndHandsBackTheRateLimit() throws Exception {
    stub.dispatch(request -> StubResponse.rateLimited(0, Instant.now().plusMillis(20).toEpochMilli()));
    KaitenClient client = Fixtures.clientOf(stub.baseUri()).retryPolicy(RETRY_GETS).build();

    KaitenResult<List<User>> result = client.listGroupUsers("developers");

    assertThat(result).isInstanceOf(KaitenResult.RateLimited.class);
    assertThat(stub.requestCount()).isEqualTo(3);
  }

  @Test
  void aWindowEndingLaterThanMaxWaitIsHandedBackAtOnce() throws Exception {
    Instant reset = Instant.ofEpochMilli(Instant.now().plusSeconds(60).toEpochMilli());
    stub.enqueue(StubResponse.rateLimited(0, reset.toEpochMilli()));
    KaitenClient client = Fixtures.clientOf(stub.baseUri()).retryPolicy(RETRY_GETS).build();

    long start = System.nanoTime();
    KaitenResult<List<User>> result = client.listGroupUsers("developers");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(result).isEqualTo(new KaitenResult.RateLimited<>(0, reset));
    assertThat(stub.requestCount()).isEqualTo(1);
  }

  @Test
  void aGetIsNotRetriedUnderRetryPolicyNone() throws Exception {
    stub.enqueue(StubResponse.rateLimited(0, Instant.now().toEpochMilli()));
    stub.enqueue(StubResponse.json(200, "[]"));
    KaitenClient client = Fixtures.clientOf(stub.baseUri()).retryPolicy(RetryPolicy.none()).build();

    assertThat(client.listGroupUsers("developers")).isInstanceOf(KaitenResult.RateLimited.class);
    assertThat(stub.requestCount()).isEqualTo(1);
  }

  @Test
  void aDeleteIsNotRetriedOnRateLimitByDefault() throws Exception {
    stub.enqueue(StubResponse.rateLimited(0, Instant.now().plusMillis(50).toEpochMilli()));
    stub.enqueue(StubResponse.json(200, Fixtures.ADA_JSON));
    KaitenClient client = KaitenClient.builder().baseUri(stub.baseUri()).token(Fixtures.TOKEN).build();

    assertThat(client.removeUserFromGroup("developers", 42)).isInstanceOf(KaitenResult.RateLimited.class);
    assertThat(stub.requestCount()).isEqualTo(1);
  }

  @Test
  void aPostIsNotRetriedOnRateLimitByDefault() throws Exception {
    stub.enqueue(StubResponse.rateLimited(0, Instant.now().plusMillis(50).toEpochMilli()));
    stub.enqueue(StubResponse.json(200, Fixtures.ADA_JSON));
    KaitenClient client = KaitenClient.builder().baseUri(stub.baseUri()).token(Fixtures.TOKEN).build();

    assertThat(client.addUserToGroup("developers", 42)).isInstanceOf(KaitenResult.RateLimited.class);
    assertThat(stub.requestCount()).isEqualTo(1);
  }

  @Test
  void aDeleteIsRetriedOnRateLimitWhenThePolicyOptsIn() throws Exception {
    stub.enqueue(StubResponse.rateLimited(0, Instant.now().plusMillis(50).toEpochMilli()));
    stub.enqueue(StubResponse.json(200, Fixtures.ADA_JSON));
    KaitenClient client = Fixtures.clientOf(stub.baseUri()).retryPolicy(RETRY_WRITES_ON_RATE_LIMIT).build();

    assertThat(client.removeUserFromGroup("developers", 42)).isEqualTo(new KaitenResult.Removed(Fixtures.ADA));
    assertThat(stub.takeRequest().method()).isEqualTo("DELETE");
    assertThat(stub.takeRequest().method()).isEqualTo("DELETE");
    assertThat(stub.requestCount()).isEqualTo(2);
  }

  @Test
  void aGetIsRetriedAfterAConnectionReset() throws Exception {
    try (RawStub raw = RawStub.start(RawStub.Action.RESET, RawStub.Action.RESET, RawStub.Action.EMPTY_LIST)) {
      KaitenClient client = Fixtures.clientOf(raw.baseUri()).retryPolicy(RETRY_GETS).build();

      assertThat(client.listGroupUsers("developers")).isEqualTo(new KaitenResult.Listed(List.of()));
      assertThat(raw.requestLines()).hasSizeGreaterThanOrEqualTo(3)
          .allMatch(line -> line.equals("GET /api/latest/groups/developers/users HTTP/1.1"));
    }
  }

  @Test
  void withoutRetriesTheSameResetsAreAnIoException() throws Exception {
    try (RawStub raw = RawStub.start(RawStub.Action.RESET, RawStub.Action.RESET, RawStub.Action.EMPTY_LIST)) {
      KaitenClient client = Fixtures.clientOf(raw.baseUri()).retryPolicy(RetryPolicy.none()).build();

      assertThatThrownBy(() -> client.listGroupUsers("developers")).isInstanceOf(IOException.class);
    }
  }

  @Test
  void aDeleteIsSentExactlyOnceWhenTheConnectionIsReset() throws Exception {
    for (RetryPolicy policy : List.of(RetryPolicy.defaults(), RETRY_WRITES_ON_RATE_LIMIT, RETRY_GETS)) {
      try (RawStub raw = RawStub.start(RawStub.Action.RESET, RawStub.Action.EMPTY_LIST)) {
        KaitenClient client = Fixtures.clientOf(raw.baseUri()).retryPolicy(policy).build();

        assertThatThrownBy(() -> client.removeUserFromGroup("developers", 42)).isInstanceOf(IOException.class);
        assertThat(raw.requestLines()).as("requests under %s", policy)
            .containsExactly("DELETE /api/latest/groups/developers/users/42 HTTP/1.1");
      }
    }
  }

  @Test
  void aPostIsSentExactlyOnceWhenTheConnectionIsReset() throws Exception {
    for (RetryPolicy policy : List.of(RetryPolicy.defaults(), RETRY_WRITES_ON_RATE_LIMIT, RETRY_GETS)) {
      try (RawStub raw = RawStub.start(RawStub.Action.RESET, RawStub.Action.EMPTY_LIST)) {
        KaitenClient client = Fixtures.clientOf(raw.baseUri()).retryPolicy(policy).build();

        assertThatThrownBy(() -> client.addUserToGroup("developers", 42)).isInstanceOf(IOException.class);
        assertThat(raw.requestLines()).as("requests under %s", policy)
            .containsExactly("POST /api/latest/groups/developers/users HTTP/1.1");
      }
    }
  }
}
