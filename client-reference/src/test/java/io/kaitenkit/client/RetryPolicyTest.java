package io.kaitenkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void theDefaultsRetryReadsOnlyAndReadWell() {
    RetryPolicy defaults = RetryPolicy.defaults();

    assertThat(defaults.maxAttempts()).isEqualTo(3);
    assertThat(defaults.maxWait()).isEqualTo(Duration.ofSeconds(2));
    assertThat(defaults.backoff()).isEqualTo(Duration.ofMillis(200));
    assertThat(defaults.retryWritesOnRateLimit()).isFalse();
    assertThat(defaults).hasToString(
        "RetryPolicy{maxAttempts=3, maxWait=PT2S, backoff=PT0.2S, retryWritesOnRateLimit=false}");
  }

  @Test
  void noneSendsOnce() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.none()).hasToString("RetryPolicy{none}");
  }

  @Test
  void policiesAreValues() {
    assertThat(RetryPolicy.builder().build()).isEqualTo(RetryPolicy.defaults());
    assertThat(RetryPolicy.builder().retryWritesOnRateLimit(true).build()).isNotEqualTo(RetryPolicy.defaults());
    assertThat(RetryPolicy.builder().maxAttempts(5).build().hashCode())
        .isEqualTo(RetryPolicy.builder().maxAttempts(5).build().hashCode());
  }
}
