package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrThrowTest {

  @Test
  void successesAnswerTheirValue() {
    assertThat(new KaitenResult.Ok<>(ADA).orThrow()).isEqualTo(ADA);
    assertThat(new KaitenResult.Ok<>(List.of(ADA)).orThrow()).containsExactly(ADA);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("failures")
  void failuresThrowWithTheStatusAndWhatHappened(KaitenResult<User> failure, String message) {
    KaitenApiException thrown = catchThrowableOfType(KaitenApiException.class, failure::orThrow);

    assertThat(thrown).hasMessage(message);
    assertThat(thrown.code()).isEqualTo(failure.code());
    assertThat(thrown.result()).isSameAs(failure);
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        arguments(new KaitenResult.BadRequest<User>("Request body: field 'user_id' is required"),
            "HTTP 400 Request body: field 'user_id' is required"),
        arguments(new KaitenResult.Unauthorized<User>(),
            "HTTP 401 Invalid token: the token is missing, malformed or unknown"),
        arguments(new KaitenResult.TariffLimited<User>("Feature is not supported by tariff"),
            "HTTP 402 Feature is not supported by tariff"),
        arguments(new KaitenResult.Forbidden<User>(),
            "HTTP 403 Forbidden: the token's user may not do this"),
        arguments(new KaitenResult.NotFound<User>(),
            "HTTP 404 Not Found: the group or the user does not exist, or the user is not a member or admin of the group"),
        arguments(new KaitenResult.RateLimited<User>(0, Instant.parse("2026-01-01T00:00:00Z")),
            "HTTP 429 Too Many Requests: 0 requests left, the window ends at 2026-01-01T00:00:00Z"),
        arguments(new KaitenResult.RateLimited<User>(0, null),
            "HTTP 429 Too Many Requests: 0 requests left, the window ends at an unknown time"),
        arguments(new KaitenResult.MalformedBody<User>("body is not a User: attribute 'email' is missing", "{}"),
            "HTTP 200 body is not a User: attribute 'email' is missing"),
        arguments(new KaitenResult.Unexpected<User>(503, "<h1>Service\n  Unavailable</h1>"),
            "HTTP 503 undocumented status, body: <h1>Service Unavailable</h1>"),
        arguments(new KaitenResult.Unexpected<User>(500, ""), "HTTP 500 undocumented status, body: (empty)"));
  }

  @Test
  void aLongUnexpectedBodyIsShortenedInTheMessage() {
    KaitenResult<User> failure = new KaitenResult.Unexpected<>(502, "x".repeat(5000));

    KaitenApiException thrown = catchThrowableOfType(KaitenApiException.class, failure::orThrow);

    assertThat(thrown.getMessage())
        .startsWith("HTTP 502 undocumented status, body: xxx")
        .endsWith("… (5000 characters)");
    assertThat(thrown.getMessage()).hasSizeLessThan(300);
  }

  @Test
  void resultsReadWellInAFailureMessage() {
    assertThat(new KaitenResult.NotFound<User>()).hasToString("HTTP 404 NotFound");
    assertThat(new KaitenResult.Unauthorized<User>()).hasToString("HTTP 401 Unauthorized");
    assertThat(new KaitenResult.Forbidden<User>()).hasToString("HTTP 403 Forbidden");
    assertThat(new KaitenResult.TariffLimited<User>("Feature is not supported by tariff"))
        .hasToString("HTTP 402 TariffLimited: Feature is not supported by tariff");
    assertThat(new KaitenResult.BadRequest<User>("bad")).hasToString("HTTP 400 BadRequest: bad");
    assertThat(new KaitenResult.RateLimited<User>(2, Instant.parse("2026-01-01T00:00:00Z")))
        .hasToString("HTTP 429 RateLimited remaining=2 reset=2026-01-01T00:00:00Z");
    assertThat(new KaitenResult.Unexpected<User>(500, "oops")).hasToString("HTTP 500 Unexpected, body: oops");
    assertThat(new KaitenResult.MalformedBody<User>("body is not a User: it is empty", ""))
        .hasToString("HTTP 200 MalformedBody: body is not a User: it is empty; body: (empty)");
    assertThat(new KaitenResult.Ok<>(ADA)).hasToString("HTTP 200 Ok " + ADA);
    assertThat(new KaitenResult.Ok<>(List.of(ADA))).hasToString("HTTP 200 Ok [" + ADA + "]");
    assertThat(ADA.toString()).startsWith("User[id=42, fullName=Ada Lovelace, email=ada@example.com");
  }

  @Test
  void theExceptionCarriesTheResultWithItsHeaders() {
    HttpHeaders headers = HttpHeaders.of(Map.of("X-Request-Id", List.of("r-1")), (name, value) -> true);
    KaitenResult<User> failure = new KaitenResult.TariffLimited<>("Feature is not supported by tariff", headers);

    KaitenApiException thrown = catchThrowableOfType(KaitenApiException.class, failure::orThrow);

    assertThat(thrown.result().headers().firstValue("X-Request-Id")).hasValue("r-1");
    assertThat(thrown.code()).isEqualTo(402);
  }

  @Test
  void resultsMadeByHandHaveNoHeaders() {
    assertThat(new KaitenResult.Ok<>(ADA).headers().map()).isEmpty();
    assertThat(new KaitenResult.NotFound<User>().headers().map()).isEmpty();
  }

  @Test
  void failuresWithoutFieldsAreEqualWhateverTheirTypeArgument() {
    assertOutcome(new KaitenResult.NotFound<User>(), new KaitenResult.NotFound<List<User>>());
    assertThat(new KaitenResult.NotFound<User>()).isNotEqualTo(new KaitenResult.Forbidden<User>());
  }
}
