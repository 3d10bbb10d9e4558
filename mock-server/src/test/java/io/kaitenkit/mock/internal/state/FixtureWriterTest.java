package io.kaitenkit.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

/** The fixture written a piece at a time is the text written whole, pretty-printed as Jackson prints it. */
class FixtureWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FixtureReader reader = new FixtureReader(KaitenApiSpec.bundled());

  @Test
  void writtenInPiecesItIsTheWholeText() {
    KaitenModel state = reader.read("demo", Fixtures.read("demo"));
    String whole = FixtureWriter.text(state);
    FixtureWriter pieces = FixtureWriter.of(state);
    Buffer out = Buffer.buffer();
    int calls = 0;
    boolean more = true;
    while (more) {
      int before = out.length();
      more = pieces.appendTo(out, before + 512);
      assertThat(out.length()).as("a call adds at least what was asked, unless it ends the fixture")
          .isGreaterThanOrEqualTo(more ? before + 512 : before + 1);
      calls++;
    }

    assertThat(out.toString()).isEqualTo(whole);
    assertThat(calls).isGreaterThan(5);
  }

  @Test
  void theTextIsJacksonsPrettyPrintOfTheFixtureWithEveryAttribute() throws Exception {
    String fixture = Fixtures.read("demo").replaceFirst("\"full_name\"",
        "\"news_subscription\": true, \"sd_telegram_id\": 12, \"role\": 2, \"telegram_settings\": {\"a\": [1, 2.5]},"
            + " \"full_name\"");
    KaitenModel state = reader.read("demo", fixture);

    String text = FixtureWriter.text(state);

    JsonNode tree = JSON.readTree(text);
    assertThat(text).isEqualTo(tree.toPrettyString());
    JsonNode first = tree.get("users").get(0);
    assertThat(first.get("news_subscription").asBoolean()).isTrue();
    assertThat(first.get("telegram_settings").get("a").get(1).asDouble()).isEqualTo(2.5);
    assertThat(first.fieldNames()).toIterable().startsWith("id", "company", "company_admin", "permissions", "full_name");
    assertThat(tree.get("users").get(1).has("news_subscription")).isFalse();
    assertThat(FixtureWriter.text(reader.read("written", text))).isEqualTo(text);
  }
}
