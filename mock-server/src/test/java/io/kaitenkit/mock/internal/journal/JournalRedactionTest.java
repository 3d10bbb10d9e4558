package io.kaitenkit.mock.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.admin.RecordedExchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each request's credentials are recorded redacted, whatever the requests before it carried. */
class JournalRedactionTest {
  private static void append(Journal journal, List<Map.Entry<String, String>> headers) {
    journal.append(journal.nextSequence(), 0, "GET", "/api/latest/users/current", null, headers, null, 200,
        "getCurrentUser", 1, List.of());
  }

  @Test
  void theSameTokenAgainAndOthersAfterItAreEachRedactedAsTheirOwn() {
    Journal journal = new Journal(8, 1024);

    append(journal, List.of(Map.entry("Authorization", "Bearer demo-admin-token")));
    append(journal, List.of(Map.entry("Authorization", "Bearer demo-admin-token")));
    append(journal, List.of(Map.entry("Authorization", "Bearer other-member-token-12")));
    append(journal, List.of(Map.entry("Authorization", "Bearer demo-admin-token")));

    assertThat(journal.entries()).extracting(entry -> entry.headers().get("Authorization").get(0))
        .containsExactly("Bearer demo…(16)", "Bearer demo…(16)", "Bearer othe…(21)", "Bearer demo…(16)");
  }

  @Test
  void aCredentialsRedactionDependsOnItsHeadersNameNotOnTheValueAlone() {
    Journal journal = new Journal(8, 1024);

    append(journal, List.of(Map.entry("Cookie", "session=abcdefghij")));
    append(journal, List.of(Map.entry("X-Note", "session=abcdefghij"), Map.entry("Cookie", "session=abcdefghij")));
    append(journal, List.of(Map.entry("Authorization", "Bearer demo-admin-token"),
        Map.entry("X-Forwarded-Authorization", "Bearer demo-admin-token")));

    List<RecordedExchange> entries = journal.entries();
    assertThat(entries.get(0).headers()).containsOnly(Map.entry("Cookie", List.of("sess…(18)")));
    assertThat(entries.get(1).headers()).containsOnly(Map.entry("X-Note", List.of("session=abcdefghij")),
        Map.entry("Cookie", List.of("sess…(18)")));
    assertThat(entries.get(2).headers()).containsOnly(Map.entry("Authorization", List.of("Bearer demo…(16)")),
        Map.entry("X-Forwarded-Authorization", List.of("Bearer demo…(16)")));
    assertThat(entries.toString()).doesNotContain("demo-admin-token");
  }

  @Test
  void aPlainHeaderAfterACredentialIsRecordedAsItCame() {
    Journal journal = new Journal(8, 1024);

    append(journal, List.of(Map.entry("Authorization", "Bearer demo-admin-token"), Map.entry("Accept", "*/*")));
    append(journal, List.of(Map.entry("Accept", "*/*"), Map.entry("Authorization", "Basic dXNlcjpwYXNz")));

    List<RecordedExchange> entries = journal.entries();
    assertThat(entries.get(0).headers()).containsOnly(Map.entry("Authorization", List.of("Bearer demo…(16)")),
        Map.entry("Accept", List.of("*/*")));
    assertThat(entries.get(1).headers()).containsOnly(Map.entry("Accept", List.of("*/*")),
        Map.entry("Authorization", List.of("Basic dXNl…(12)")));
  }
}
