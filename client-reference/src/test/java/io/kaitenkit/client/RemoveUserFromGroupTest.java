package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.ADA_JSON;
import static io.kaitenkit.client.Fixtures.assertAuthorizedJsonRequest;
import static io.kaitenkit.client.Fixtures.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RemoveUserFromGroupTest {
  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void removingSendsABodilessDeleteAndAnswersTheRemovedUser() throws Exception {
    server.enqueue(Answers.json(200, ADA_JSON));

    KaitenResult<User> result = client.removeUserFromGroup("developers", 42);

    assertOutcome(result, new KaitenResult.Ok<>(ADA));
    assertThat(result.orThrow()).isEqualTo(ADA);
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/api/latest/groups/developers/users/42");
    assertAuthorizedJsonRequest(request);
    assertThat(Servers.body(request)).isEmpty();
    assertThat(request.getHeaders().get("Content-Type")).isNull();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("documentedFailures")
  void documentedFailuresAreTheirOwnResults(MockResponse answer, KaitenResult<?> expected) throws Exception {
    server.enqueue(answer);

    KaitenResult<User> result = client.removeUserFromGroup("developers", 42);

    assertOutcome(result, expected);
    assertThat(result.code()).isEqualTo(answer.getCode());
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/api/latest/groups/developers/users/42");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  static Stream<Arguments> documentedFailures() {
    return Stream.of(
        arguments(Answers.json(400, "{\"message\": \"Path parameter 'user_id' must be an integer >= 1\"}"),
            new KaitenResult.BadRequest<>("Path parameter 'user_id' must be an integer >= 1")),
        arguments(Answers.text(401, "Invalid token"), new KaitenResult.Unauthorized<>()),
        arguments(Answers.json(402, "{\"message\": \"Feature is not supported by tariff\"}"),
            new KaitenResult.TariffLimited<>("Feature is not supported by tariff")),
        arguments(Answers.empty(403), new KaitenResult.Forbidden<>()),
        arguments(Answers.empty(404), new KaitenResult.NotFound<>()),
        arguments(Answers.rateLimited(0, 1_767_225_600_123L),
            new KaitenResult.RateLimited<>(0, Instant.parse("2026-01-01T00:00:00.123Z"))));
  }

  @Test
  void aRateLimitWithoutHeadersHasNoRemainingRequestsAndAnUnknownReset() throws Exception {
    server.enqueue(Answers.empty(429));

    assertOutcome(client.removeUserFromGroup("developers", 42), new KaitenResult.RateLimited<>(0, null));
  }

  @Test
  void anUndocumentedStatusIsUnexpected() throws Exception {
    server.enqueue(Answers.json(409, "{\"message\": \"conflict\"}"));

    assertOutcome(client.removeUserFromGroup("developers", 42), new KaitenResult.Unexpected<>(409, "{\"message\": \"conflict\"}"));
  }
}
