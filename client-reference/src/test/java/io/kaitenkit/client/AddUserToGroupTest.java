package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.ADA_JSON;
import static io.kaitenkit.client.Fixtures.assertAuthorizedJsonRequest;
import static io.kaitenkit.client.Fixtures.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
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

class AddUserToGroupTest {
  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void addingPostsTheUserIdAsJsonAndAnswersTheUser() throws Exception {
    server.enqueue(Answers.json(200, ADA_JSON));

    KaitenResult<User> result = client.addUserToGroup("developers", 42);

    assertOutcome(result, new KaitenResult.Ok<>(ADA));
    assertThat(result.orThrow()).isEqualTo(ADA);
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/latest/groups/developers/users");
    assertAuthorizedJsonRequest(request);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(new ObjectMapper().readTree(Servers.body(request)))
        .isEqualTo(new ObjectMapper().readTree("{\"user_id\": 42}"));
  }

  @Test
  void largeUserIdsAreSentAsIntegers() throws Exception {
    server.enqueue(Answers.json(200, ADA_JSON));

    client.addUserToGroup("developers", 9_007_199_254_740_993L);

    assertThat(Servers.body(Servers.take(server))).isEqualTo("{\"user_id\":9007199254740993}");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("documentedFailures")
  void documentedFailuresAreTheirOwnResults(MockResponse answer, KaitenResult<?> expected) throws Exception {
    server.enqueue(answer);

    KaitenResult<User> result = client.addUserToGroup("developers", 42);

    assertOutcome(result, expected);
    assertThat(result.code()).isEqualTo(answer.getCode());
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/latest/groups/developers/users");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  static Stream<Arguments> documentedFailures() {
    return Stream.of(
        arguments(Answers.json(400, "{\"message\": \"Request body: field 'user_id' is required\"}"),
            new KaitenResult.BadRequest<>("Request body: field 'user_id' is required")),
        arguments(Answers.text(401, "Invalid token"), new KaitenResult.Unauthorized<>()),
        arguments(Answers.json(402, "{\"message\": \"Feature is not supported by tariff\"}"),
            new KaitenResult.TariffLimited<>("Feature is not supported by tariff")),
        arguments(Answers.empty(403), new KaitenResult.Forbidden<>()),
        arguments(Answers.empty(404), new KaitenResult.NotFound<>()),
        arguments(Answers.rateLimited(3, 1_767_225_600L),
            new KaitenResult.RateLimited<>(3, Instant.parse("2026-01-01T00:00:00Z"))));
  }

  @Test
  void aBadRequestWithoutJsonKeepsTheBodyAsItsMessage() throws Exception {
    server.enqueue(Answers.text(400, "user_id must be a number\n"));

    assertOutcome(client.addUserToGroup("developers", 42), new KaitenResult.BadRequest<>("user_id must be a number"));
  }

  @Test
  void aBadRequestWithoutBodyIsStillABadRequest() throws Exception {
    server.enqueue(Answers.empty(400));

    assertOutcome(client.addUserToGroup("developers", 42), new KaitenResult.BadRequest<>("Bad Request"));
  }
}
