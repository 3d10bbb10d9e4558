package io.kaitenkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

  @Test
  void resetIsReadAsEpochMilliseconds() {
    assertThat(RateLimitHeaders.parseReset("1767225600123")).isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z"));
  }

  @Test
  void aResetBelowTheThresholdIsReadAsEpochSeconds() {
    assertThat(RateLimitHeaders.parseReset("1767225600")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(RateLimitHeaders.parseReset("99999999999")).isEqualTo(Instant.ofEpochSecond(99_999_999_999L));
    assertThat(RateLimitHeaders.parseReset("100000000000")).isEqualTo(Instant.ofEpochMilli(100_000_000_000L));
  }

  @Test
  void anUnreadableResetIsUnknown() {
    assertThat(RateLimitHeaders.parseReset("soon")).isNull();
    assertThat(RateLimitHeaders.parseReset("-5")).isNull();
    assertThat(RateLimitHeaders.parseReset("")).isNull();
    assertThat(RateLimitHeaders.parseReset(" 1767225600 ")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void remainingIsReadAndDefaultsToNone() {
    assertThat(RateLimitHeaders.parseRemaining("4")).isEqualTo(4);
    assertThat(RateLimitHeaders.parseRemaining("many")).isZero();
    assertThat(RateLimitHeaders.parseRemaining("-1")).isZero();
  }

  @Test
  void headerNamesCompareCaseInsensitively() {
    HttpHeaders headers = HttpHeaders.of(
        Map.of("x-ratelimit-remaining", List.of("2"), "X-RATELIMIT-RESET", List.of("1767225600000")), (n, v) -> true);

    assertThat(RateLimitHeaders.remaining(headers)).isEqualTo(2);
    assertThat(RateLimitHeaders.reset(headers)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void absentHeadersMeanNoneLeftAndAnUnknownReset() {
    HttpHeaders none = HttpHeaders.of(Map.of(), (n, v) -> true);

    assertThat(RateLimitHeaders.remaining(none)).isZero();
    assertThat(RateLimitHeaders.reset(none)).isNull();
  }
}
