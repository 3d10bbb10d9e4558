package io.kaitenkit.mock.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.admin.RecordedExchange;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal's bodies stay within their byte budget; the oldest entries give theirs up first. */
class JournalBodyBudgetTest {
  private static final int KIB = 1024;

  @Test
  void theOldestEntriesDropTheirBodiesOnceTheBudgetIsFull() {
    Journal journal = new Journal(100, 100 * KIB);

    for (int i = 0; i < 5; i++) {
      append(journal, i, body((char) ('a' + i), 40 * KIB));
    }

    List<RecordedExchange> entries = journal.entries();
    assertThat(entries).hasSize(5);
    assertThat(journal.bodyBytes()).isEqualTo(80 * KIB).isLessThanOrEqualTo(journal.bodyBudget());
    for (int i = 0; i < 3; i++) {
      assertThat(entries.get(i).body())
          .isEqualTo("…(40960 bytes, dropped: the journal keeps a limited number of bytes of bodies)");
      assertThat(entries.get(i).query()).isEqualTo("n=" + i);
    }
    assertThat(entries.get(3).body()).isEqualTo(body('d', 40 * KIB));
    assertThat(entries.get(4).body()).isEqualTo(body('e', 40 * KIB));
  }

  @Test
  void aBodyLargerThanTheBudgetKeepsOnlyItsHead() {
    Journal journal = new Journal(10, 1000);

    append(journal, 0, body('x', 5000));

    assertThat(journal.bodyBytes()).isEqualTo(1000);
    assertThat(journal.entries().get(0).body()).startsWith("x".repeat(1000) + "…(5000 bytes, the first 1000 kept)");
  }

  @Test
  void aBudgetOfZeroKeepsNoBodyButEveryEntry() {
    Journal journal = new Journal(10, 0);

    append(journal, 0, "{\"user_id\":42}");

    assertThat(journal.bodyBytes()).isZero();
    assertThat(journal.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.query()).isEqualTo("n=0");
      assertThat(entry.body()).startsWith("…(14 bytes, dropped");
    });
  }

  @Test
  void overwrittenAndClearedEntriesGiveTheirBytesBack() {
    Journal journal = new Journal(2, 1024 * KIB);

    for (int i = 0; i < 50; i++) {
      append(journal, i, body('z', 10 * KIB));
    }
    assertThat(journal.bodyBytes()).isEqualTo(20 * KIB);

    journal.clear();

    assertThat(journal.bodyBytes()).isZero();
    assertThat(journal.entries()).isEmpty();
  }

  private static void append(Journal journal, int n, String body) {
    journal.append(journal.nextSequence(), 0, "POST", "/api/latest/groups", "n=" + n,
        List.of(Map.entry("Content-Type", "application/json")), Buffer.buffer(body), 200, "createGroup", 1, List.of());
  }

  private static String body(char c, int length) {
    return String.valueOf(c).repeat(length);
  }
}
