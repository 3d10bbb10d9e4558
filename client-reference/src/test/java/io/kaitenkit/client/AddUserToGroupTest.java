package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.ADA_JSON;
import static io.kaitenkit.client.Fixtures.assertAuthorizedJsonRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AddUserToGroupTest {
  private final StubServer stub = StubServer.start();
  private final KaitenClient client = Fixtures.clientOf(stub.baseUri()).build();

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  void addingPostsTheUserIdAsJsonAndAnswersTheUser() throws Exception {
    stub.enqueue(StubResponse.json(200, ADA_JSON));

    KaitenResult<User> result = client.addUserToGroup("developers", 42);

    assertThat(result).isEqualTo(new KaitenResult.Added(ADA));
    assertThat(result.orThrow()).isEqualTo(ADA);
    RecordedRequest request = stub.takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.rawPath()).isEqualTo("/api/latest/groups/developers/users");
    assertAuthorizedJsonRequest(request);
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    assertThat(new ObjectMapper().readTree(request.body()))
        .isEqualTo(new ObjectMapper().readTree("{\"user_id\": 42}"));
  }

  @Test
  void largeUserIdsAreSentAsIntegers() throws Exception {
    stub.enqueue(StubResponse.json(200, ADA_JSON));

    client.addUserToGroup("developers", 9_007_199_254_740_993L);

    assertThat(stub.takeRequest().body()).isEqualTo("{\"user_id\":9007199254740993}");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("documentedFailures")
  void documentedFailuresAreTheirOwnResults(StubResponse answer, KaitenResult<?> expected) throws Exception {
    stub.enqueue(answer);

    KaitenResult<User> result = client.addUserToGroup("developers", 42);

    assertThat(result).isEqualTo(expected);
    assertThat(result.code()).isEqualTo(answer.status());
    RecordedRequest request = stub.takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.rawPath()).isEqualTo("/api/latest/groups/developers/users");
    assertThat(stub.requestCount()).isEqualTo(1);
  }

  static Stream<Arguments> documentedFailures() {
    return Stream.of(
        arguments(StubResponse.json(400, "{\"message\": \"Request body: field 'user_id' is required\"}"),
            new KaitenResult.BadRequest<>("Request body: field 'user_id' is required")),
        arguments(StubResponse.text(401, "Invalid token"), new KaitenResult.Unauthorized<>()),
        arguments(StubResponse.json(402, "{\"message\": \"Feature is not supported by tariff\"}"),
            new KaitenResult.TariffLimited<>("Feature is not supported by tariff")),
        arguments(StubResponse.empty(403), new KaitenResult.Forbidden<>()),
        arguments(StubResponse.empty(404), new KaitenResult.NotFound<>()),
        arguments(StubResponse.rateLimited(3, 1_767_225_600L),
            new KaitenResult.RateLimited<>(3, Instant.parse("2026-01-01T00:00:00Z"))));
  }

  @Test
  void aBadRequestWithoutJsonKeepsTheBodyAsItsMessage() throws Exception {
    stub.enqueue(StubResponse.text(400, "user_id must be a number\n"));

    assertThat(client.addUserToGroup("developers", 42))
        .isEqualTo(new KaitenResult.BadRequest<>("user_id must be a number"));
  }

  @Test
  void aBadRequestWithoutBodyIsStillABadRequest() throws Exception {
    stub.enqueue(StubResponse.empty(400));

    assertThat(client.addUserToGroup("developers", 42)).isEqualTo(new KaitenResult.BadRequest<>("Bad Request"));
  }
}
