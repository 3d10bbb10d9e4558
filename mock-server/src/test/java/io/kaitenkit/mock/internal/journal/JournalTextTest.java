package io.kaitenkit.mock.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.spec.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text the journal keeps comes back as UTF-8 would carry it, whatever its characters. */
class JournalTextTest {
  private static final List<String> TEXTS = List.of(
      "plain ASCII",
      "demo…(16)", // as a redacted credential ends: the ellipsis takes three bytes
      "Grüße, café", // two-byte characters
      "канбан-доска", // Cyrillic, two bytes each
      "看板 ✓", // three bytes
      "emoji 🧪 and 𝄞", // surrogate pairs: four bytes each
      "lone \uD83E high surrogate", // becomes '?', as getBytes(UTF_8) makes it
      "lone \uDC00 low surrogate",
      "ends on a high surrogate \uD83E",
      "\u007F\u0080\u07FF\u0800\uFFFF", // the edges of each length
      "");

  @Test
  void everyKindOfCharacterComesBackAsUtf8CarriesIt() {
    Journal journal = new Journal(TEXTS.size(), 1024);

    for (String text : TEXTS) {
      journal.append(journal.nextSequence(), 0, "GET", "/api/latest/" + text, text,
          List.of(Map.entry("X-Note", text), Map.entry("Authorization", "Bearer " + text)), null, 400, "getGroup", 1,
          List.of(new Violation("header '" + text + "'", text)));
    }

    List<RecordedExchange> entries = journal.entries();
    assertThat(entries).hasSize(TEXTS.size());
    for (int i = 0; i < TEXTS.size(); i++) {
      String expected = viaUtf8(TEXTS.get(i));
      RecordedExchange entry = entries.get(i);
      assertThat(entry.path()).isEqualTo("/api/latest/" + expected);
      assertThat(entry.query()).isEqualTo(expected);
      assertThat(entry.headers().get("X-Note")).containsExactly(expected);
      assertThat(entry.violations()).containsExactly(new Violation("header '" + expected + "'", expected));
      assertThat(entry.operationId()).isEqualTo("getGroup");
    }
  }

  @Test
  void aLongNonAsciiTextGrowsTheSlotAsItNeeds() {
    Journal journal = new Journal(1, 1024);
    String text = "Ж🧪".repeat(5000);

    journal.append(journal.nextSequence(), 0, "GET", "/api/latest/users", text, List.of(), null, 200, "listUsers", 1,
        List.of());

    assertThat(journal.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.query()).isEqualTo(text);
      assertThat(entry.path()).isEqualTo("/api/latest/users");
    });
  }

  private static String viaUtf8(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}
