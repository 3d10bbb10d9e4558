package io.kaitenkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PathSegmentTest {

  @Test
  void unreservedCharactersStayAsTheyAre() {
    assertThat(PathSegment.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
  }

  @Test
  void everyOtherAsciiCharacterIsEncoded() {
    for (char c = 0x20; c < 0x7F; c++) {
      String encoded = PathSegment.encode(String.valueOf(c));
      boolean unreserved = Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0;
      assertThat(encoded).as("'%s'", c).isEqualTo(unreserved ? String.valueOf(c) : String.format("%%%02X", (int) c));
    }
  }

  @Test
  void encodingRoundTripsAndAlwaysMakesAValidSingleSegment() {
    String nasty = "a b/c%d?e#f[g]h@i:j+k&l=m;n,o'p\"q<r>s\\t^u`v{w}x|y группа 😀";

    String encoded = PathSegment.encode(nasty);

    assertThat(encoded).doesNotContain("/", "?", "#", " ");
    assertThat(URI.create("http://h/" + encoded).getRawPath()).isEqualTo("/" + encoded);
    assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(nasty);
  }
}
