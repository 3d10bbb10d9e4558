package io.kaitenkit.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  @Test
  void formatsAnInstantInKaitensFormTruncatedToTheMillisecond() {
    assertThat(Timestamps.format(Instant.parse("2026-03-04T05:06:07.891234Z"))).isEqualTo("2026-03-04T05:06:07.891Z");
    assertThat(Timestamps.format(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo("2026-01-01T00:00:00.000Z");
  }

  @Test
  void nowIsTheCurrentMillisecondEvenAsTheClockMovesOn() {
    Set<String> seen = new HashSet<>();
    long deadline = System.currentTimeMillis() + 10_000; // a busy machine may pause this thread for a while
    while (seen.size() < 20 && System.currentTimeMillis() < deadline) {
      Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      Instant now = Instant.parse(Timestamps.now());
      Instant after = Instant.now();

      assertThat(now).isBetween(before, after);
      seen.add(now.toString());
    }
    assertThat(seen).hasSize(20); // the kept text moved on with the clock
  }
}
