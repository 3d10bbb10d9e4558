package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.User;
import io.kaitenkit.mock.RecordedRequest;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's example, run as written; a second test keeps the README's copy identical to it. */
class ReadmeExampleTest {
  // README:begin
  @RegisterExtension
  static KaitenMockExtension kaiten = KaitenMockExtension.builder().build();

  @Test
  void removesAdaFromTheDevelopers() throws Exception {
    kaiten.setUpProviderState("user 42 is a member of group developers", Map.of());

    KaitenClient client = KaitenClient.builder()
        .baseUri(kaiten.baseUrl())
        .token("demo-admin-token")
        .build();
    KaitenResult<User> result = client.removeUserFromGroup("developers", 42);

    assertThat(result).isInstanceOf(KaitenResult.Ok.class);
    assertThat(kaiten.state().isMember("developers", 42)).isFalse();
    RecordedRequest delete = kaiten.takeRequest(5, TimeUnit.SECONDS);
    assertThat(delete.method()).isEqualTo("DELETE");
    assertThat(delete.path()).isEqualTo("/api/latest/groups/developers/users/42");
    assertThat(delete.header("Authorization")).isEqualTo("Bearer demo…(16)"); // tokens are redacted
  }
  // README:end

  @Test
  void theReadmeShowsThisExampleAsItIs() throws IOException {
    List<String> source = Files.readAllLines(
        Path.of("src/test/java/io/kaitenkit/contract/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
    List<String> example = source.subList(source.indexOf("  // README:begin") + 1, source.indexOf("  // README:end"))
        .stream().map(line -> line.startsWith("  ") ? line.substring(2) : line).toList();
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String block = readme.substring(readme.indexOf("## Example"));
    block = block.substring(block.indexOf("```java\n") + 8, block.indexOf("\n```", block.indexOf("```java\n")));

    assertThat(Arrays.asList(block.split("\n"))).containsExactlyElementsOf(example);
  }
}
