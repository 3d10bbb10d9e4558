package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.ADA_JSON;
import static io.kaitenkit.client.Fixtures.assertAuthorizedJsonRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RemoveUserFromGroupTest {
  private final StubServer stub = StubServer.start();
  private final KaitenClient client = Fixtures.clientOf(stub.baseUri()).build();

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  void removingSendsABodilessDeleteAndAnswersTheRemovedUser() throws Exception {
    stub.enqueue(StubResponse.json(200, ADA_JSON));

    KaitenResult<User> result = client.removeUserFromGroup("developers", 42);

    assertThat(result).isEqualTo(new KaitenResult.Removed(ADA));
    assertThat(result.orThrow()).isEqualTo(ADA);
    RecordedRequest request = stub.takeRequest();
    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.rawPath()).isEqualTo("/api/latest/groups/developers/users/42");
    assertAuthorizedJsonRequest(request);
    assertThat(request.body()).isEmpty();
    assertThat(request.header("Content-Type")).isNull();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("documentedFailures")
  void documentedFailuresAreTheirOwnResults(StubResponse answer, KaitenResult<?> expected) throws Exception {
    stub.enqueue(answer);

    KaitenResult<User> result = client.removeUserFromGroup("developers", 42);

    assertThat(result).isEqualTo(expected);
    assertThat(result.code()).isEqualTo(answer.status());
    RecordedRequest request = stub.takeRequest();
    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.rawPath()).isEqualTo("/api/latest/groups/developers/users/42");
    assertThat(stub.requestCount()).isEqualTo(1);
  }

  static Stream<Arguments> documentedFailures() {
    return Stream.of(
        arguments(StubResponse.json(400, "{\"message\": \"Path parameter 'user_id' must be an integer >= 1\"}"),
            new KaitenResult.BadRequest<>("Path parameter 'user_id' must be an integer >= 1")),
        arguments(StubResponse.text(401, "Invalid token"), new KaitenResult.Unauthorized<>()),
        arguments(StubResponse.json(402, "{\"message\": \"Feature is not supported by tariff\"}"),
            new KaitenResult.TariffLimited<>("Feature is not supported by tariff")),
        arguments(StubResponse.empty(403), new KaitenResult.Forbidden<>()),
        arguments(StubResponse.empty(404), new KaitenResult.NotFound<>()),
        arguments(StubResponse.rateLimited(0, 1_767_225_600_123L),
            new KaitenResult.RateLimited<>(0, Instant.parse("2026-01-01T00:00:00.123Z"))));
  }

  @Test
  void aRateLimitWithoutHeadersHasNoRemainingRequestsAndAnUnknownReset() throws Exception {
    stub.enqueue(StubResponse.empty(429));

    assertThat(client.removeUserFromGroup("developers", 42)).isEqualTo(new KaitenResult.RateLimited<>(0, null));
  }

  @Test
  void anUndocumentedStatusIsUnexpected() throws Exception {
    stub.enqueue(StubResponse.json(409, "{\"message\": \"conflict\"}"));

    assertThat(client.removeUserFromGroup("developers", 42))
        .isEqualTo(new KaitenResult.Unexpected<>(409, "{\"message\": \"conflict\"}"));
  }
}
