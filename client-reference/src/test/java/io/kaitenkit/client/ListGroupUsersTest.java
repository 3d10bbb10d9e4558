package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.ADA_JSON;
import static io.kaitenkit.client.Fixtures.GRACE;
import static io.kaitenkit.client.Fixtures.GRACE_JSON;
import static io.kaitenkit.client.Fixtures.assertAuthorizedJsonRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ListGroupUsersTest {
  private final StubServer stub = StubServer.start();
  private final KaitenClient client = Fixtures.clientOf(stub.baseUri()).build();

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  void membersAreListedAsSentWithAGetCarryingTheToken() throws Exception {
    stub.enqueue(StubResponse.json(200, "[" + ADA_JSON + "," + GRACE_JSON + "]"));

    KaitenResult<List<User>> result = client.listGroupUsers("developers");

    assertThat(result).isEqualTo(new KaitenResult.Listed(List.of(ADA, GRACE)));
    assertThat(result.orThrow()).containsExactly(ADA, GRACE);
    RecordedRequest request = stub.takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.rawPath()).isEqualTo("/api/latest/groups/developers/users");
    assertAuthorizedJsonRequest(request);
    assertThat(request.body()).isEmpty();
  }

  @Test
  void anEmptyGroupIsAnEmptyList() throws Exception {
    stub.enqueue(StubResponse.json(200, "[]"));

    assertThat(client.listGroupUsers("developers")).isEqualTo(new KaitenResult.Listed(List.of()));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("documentedFailures")
  void documentedFailuresAreTheirOwnResults(StubResponse answer, KaitenResult<?> expected) throws Exception {
    stub.enqueue(answer);

    KaitenResult<List<User>> result = client.listGroupUsers("developers");

    assertThat(result).isEqualTo(expected);
    assertThat(result.code()).isEqualTo(answer.status());
    RecordedRequest request = stub.takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.rawPath()).isEqualTo("/api/latest/groups/developers/users");
    assertThat(stub.requestCount()).isEqualTo(1);
  }

  static Stream<Arguments> documentedFailures() {
    return Stream.of(
        arguments(StubResponse.json(400, "{\"message\": \"Path parameter 'group_uid' is invalid\"}"),
            new KaitenResult.BadRequest<>("Path parameter 'group_uid' is invalid")),
        arguments(StubResponse.text(401, "Invalid token"), new KaitenResult.Unauthorized<>()),
        arguments(StubResponse.empty(403), new KaitenResult.Forbidden<>()),
        arguments(StubResponse.empty(404), new KaitenResult.NotFound<>()),
        arguments(StubResponse.rateLimited(0, 1_767_225_600_000L),
            new KaitenResult.RateLimited<>(0, Instant.parse("2026-01-01T00:00:00Z"))));
  }

  @Test
  void aTariffLimitIsNotDocumentedForListingSoItIsUnexpected() throws Exception {
    stub.enqueue(StubResponse.json(402, "{\"message\": \"Feature is not supported by tariff\"}"));

    assertThat(client.listGroupUsers("developers"))
        .isEqualTo(new KaitenResult.Unexpected<>(402, "{\"message\": \"Feature is not supported by tariff\"}"));
  }

  @Test
  void aServerErrorIsUnexpectedWithItsBody() throws Exception {
    stub.enqueue(StubResponse.text(502, "Bad gateway"));

    assertThat(client.listGroupUsers("developers")).isEqualTo(new KaitenResult.Unexpected<>(502, "Bad gateway"));
  }
}
