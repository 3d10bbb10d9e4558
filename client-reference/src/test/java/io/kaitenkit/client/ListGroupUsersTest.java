package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA_EXTENDED;
import static io.kaitenkit.client.Fixtures.ADA_EXTENDED_JSON;
import static io.kaitenkit.client.Fixtures.GRACE_EXTENDED;
import static io.kaitenkit.client.Fixtures.GRACE_EXTENDED_JSON;
import static io.kaitenkit.client.Fixtures.assertAuthorizedJsonRequest;
import static io.kaitenkit.client.Fixtures.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ListGroupUsersTest {
  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void membersAreListedAsSentWithAGetCarryingTheToken() throws Exception {
    server.enqueue(Answers.json(200, "[" + ADA_EXTENDED_JSON + "," + GRACE_EXTENDED_JSON + "]"));

    KaitenResult<List<UserExtended>> result = client.listGroupUsers("developers");

    assertOutcome(result, new KaitenResult.Ok<>(List.of(ADA_EXTENDED, GRACE_EXTENDED)));
    assertThat(result.orThrow()).containsExactly(ADA_EXTENDED, GRACE_EXTENDED);
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/latest/groups/developers/users");
    assertAuthorizedJsonRequest(request);
    assertThat(Servers.body(request)).isEmpty();
  }

  @Test
  void anEmptyGroupIsAnEmptyList() throws Exception {
    server.enqueue(Answers.json(200, "[]"));

    assertOutcome(client.listGroupUsers("developers"), new KaitenResult.Ok<>(List.of()));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("documentedFailures")
  void documentedFailuresAreTheirOwnResults(MockResponse answer, KaitenResult<?> expected) throws Exception {
    server.enqueue(answer);

    KaitenResult<List<UserExtended>> result = client.listGroupUsers("developers");

    assertOutcome(result, expected);
    assertThat(result.code()).isEqualTo(answer.getCode());
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/latest/groups/developers/users");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  static Stream<Arguments> documentedFailures() {
    return Stream.of(
        arguments(Answers.json(400, "{\"message\": \"Path parameter 'group_uid' is invalid\"}"),
            new KaitenResult.BadRequest<>("Path parameter 'group_uid' is invalid")),
        arguments(Answers.text(401, "Invalid token"), new KaitenResult.Unauthorized<>()),
        arguments(Answers.empty(403), new KaitenResult.Forbidden<>()),
        arguments(Answers.empty(404), new KaitenResult.NotFound<>()),
        arguments(Answers.rateLimited(0, 1_767_225_600_000L),
            new KaitenResult.RateLimited<>(0, Instant.parse("2026-01-01T00:00:00Z"))));
  }

  @Test
  void aTariffLimitIsNotDocumentedForListingSoItIsUnexpected() throws Exception {
    server.enqueue(Answers.json(402, "{\"message\": \"Feature is not supported by tariff\"}"));

    assertOutcome(client.listGroupUsers("developers"), new KaitenResult.Unexpected<>(402, "{\"message\": \"Feature is not supported by tariff\"}"));
  }

  @Test
  void aServerErrorIsUnexpectedWithItsBody() throws Exception {
    server.enqueue(Answers.text(502, "Bad gateway"));

    assertOutcome(client.listGroupUsers("developers"), new KaitenResult.Unexpected<>(502, "Bad gateway"));
  }
}
