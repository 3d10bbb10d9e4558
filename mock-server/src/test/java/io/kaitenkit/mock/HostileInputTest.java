package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checked-in corpus {@code hostile-requests.tsv}: each request gets its documented answer, leaves
 * the state as it was, and the mock goes on serving.
 */
class HostileInputTest {
  private static final Pattern REPEAT = Pattern.compile("\\$\\{repeat:(\\d+):([^}]*)}");

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  /** One line of the corpus. */
  record Case(int line, int status, String fragment, String request) {
    @Override
    public String toString() {
      String shown = request.length() > 90 ? request.substring(0, 87) + "..." : request;
      return "line " + line + " -> " + status + ": " + shown;
    }
  }

  static List<Case> corpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile-requests.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", 3);
        cases.add(new Case(i + 1, Integer.parseInt(columns[0]), columns[1], columns[2]));
      }
    }
    return cases;
  }

  @Test
  void theCorpusHoldsAtLeastFortyCases() throws IOException {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void hostileRequestGetsItsAnswerAndChangesNothing(Case hostile) throws IOException {
    String before = kaiten().state().toJson();

    RawExchange.Answer answer = RawExchange.send(kaiten().port(), bytesOf(hostile.request()));

    assertThat(answer.status()).as(answer.head()).isEqualTo(hostile.status());
    if (!hostile.fragment().equals("-")) {
      assertThat(answer.body()).contains(hostile.fragment());
    }
    assertThat(kaiten().state().toJson()).isEqualTo(before);
    assertThat(TestHttp.request("GET", kaiten().url("/groups/developers/users")).token("demo-admin-token")
        .send().status()).isEqualTo(200);
    assertThat(kaiten().requests()).filteredOn(exchange -> !exchange.violations().isEmpty()).isEmpty();
  }

  /** Expands the corpus escapes into the bytes to send. */
  private byte[] bytesOf(String template) {
    String text = template.replace("${host}", "127.0.0.1:" + kaiten().port());
    Matcher repeat = REPEAT.matcher(text);
    StringBuilder expanded = new StringBuilder();
    while (repeat.find()) {
      repeat.appendReplacement(expanded, Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
    }
    repeat.appendTail(expanded);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String s = expanded.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        switch (next) {
          case 'r' -> bytes.write('\r');
          case 'n' -> bytes.write('\n');
          case 't' -> bytes.write('\t');
          case 'x' -> {
            bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
            i += 2;
          }
          default -> bytes.write(next);
        }
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return withContentLength(bytes.toByteArray());
  }

  /** Replaces {@code ${auto}} with the length of the body after the head. */
  private static byte[] withContentLength(byte[] request) {
    String text = new String(request, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (!text.contains("${auto}") || headEnd < 0) {
      return request;
    }
    int bodyLength = request.length - headEnd - 4;
    return text.replace("${auto}", Integer.toString(bodyLength)).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }
}
