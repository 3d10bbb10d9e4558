package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation maps every failure status it documents to that status's record, and a documented
 * status of another operation (402 where Kaiten does not document it, 404 to a search) to Unexpected.
 */
class OperationStatusesTest {
  /** The failure statuses each operation documents, as the contract lists them. */
  private static final Map<String, Set<Integer>> DOCUMENTED = Map.ofEntries(
      Map.entry("listGroups", Set.of(400, 401, 403, 404, 429)),
      Map.entry("createGroup", Set.of(400, 401, 402, 403, 404, 429)),
      Map.entry("getGroup", Set.of(401, 403, 404, 429)),
      Map.entry("updateGroup", Set.of(400, 401, 402, 403, 404, 429)),
      Map.entry("removeGroup", Set.of(401, 403, 404, 429)),
      Map.entry("listGroupUsers", Set.of(400, 401, 403, 404, 429)),
      Map.entry("addUserToGroup", Set.of(400, 401, 402, 403, 404, 429)),
      Map.entry("removeUserFromGroup", Set.of(400, 401, 402, 403, 404, 429)),
      Map.entry("listGroupAdmins", Set.of(401, 403, 404, 429)),
      Map.entry("addAdminToGroup", Set.of(400, 401, 402, 403, 404, 429)),
      Map.entry("removeAdminFromGroup", Set.of(400, 401, 402, 403, 404, 429)),
      Map.entry("getCurrentUser", Set.of(401, 403, 404, 429)),
      Map.entry("listUsers", Set.of(400, 401, 403, 429)));

  private static final String BAD = "{\"message\": \"Query parameter 'limit' must be at most 100\"}";
  private static final String TARIFF = "{\"message\": \"Feature is not supported by tariff\"}";

  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("everyOperationAndFailure")
  void eachFailureIsItsDocumentedRecordOrUnexpected(String operation, int status) throws Exception {
    MockResponse answer = answer(status);
    server.enqueue(answer);

    KaitenResult<?> result = Calls.call(client, operation);

    KaitenResult<?> expected = DOCUMENTED.get(operation).contains(status)
        ? documented(status)
        : new KaitenResult.Unexpected<>(status, body(status));
    assertOutcome(result, expected);
    assertThat(result.code()).isEqualTo(status);
    assertThat(Servers.take(server).getMethod()).isEqualTo(Calls.method(operation));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyResultKeepsTheAnswersHeaders(String operation) throws Exception {
    server.enqueue(new MockResponse.Builder().code(429)
        .addHeader("X-RateLimit-Remaining", "0")
        .addHeader("X-RateLimit-Reset", "1767225600000")
        .addHeader("X-Request-Id", "req-7")
        .build());

    KaitenResult<?> result = Calls.call(client, operation);

    assertThat(result).isInstanceOf(KaitenResult.RateLimited.class);
    assertThat(result.headers().firstValue("X-Request-Id")).hasValue("req-7");
    assertThat(result.headers().firstValue("x-ratelimit-remaining")).hasValue("0");
  }

  static Stream<Arguments> everyOperationAndFailure() {
    List<Arguments> cases = new ArrayList<>();
    for (String operation : Calls.OPERATIONS) {
      for (int status : List.of(400, 401, 402, 403, 404, 429, 500)) {
        cases.add(arguments(operation, status));
      }
    }
    return cases.stream();
  }

  static Stream<String> operations() {
    return Calls.OPERATIONS.stream();
  }

  private static MockResponse answer(int status) {
    return switch (status) {
      case 400 -> Answers.json(400, BAD);
      case 402 -> Answers.json(402, TARIFF);
      case 429 -> Answers.rateLimited(2, 1_767_225_600_000L);
      case 500 -> Answers.text(500, "boom");
      default -> Answers.empty(status);
    };
  }

  private static String body(int status) {
    return switch (status) {
      case 400 -> BAD;
      case 402 -> TARIFF;
      case 500 -> "boom";
      default -> "";
    };
  }

  private static KaitenResult<?> documented(int status) {
    return switch (status) {
      case 400 -> new KaitenResult.BadRequest<>("Query parameter 'limit' must be at most 100");
      case 401 -> new KaitenResult.Unauthorized<>();
      case 402 -> new KaitenResult.TariffLimited<>("Feature is not supported by tariff");
      case 403 -> new KaitenResult.Forbidden<>();
      case 404 -> new KaitenResult.NotFound<>();
      case 429 -> new KaitenResult.RateLimited<>(2, Instant.parse("2026-01-01T00:00:00Z"));
      default -> throw new IllegalArgumentException("no record for " + status);
    };
  }
}
