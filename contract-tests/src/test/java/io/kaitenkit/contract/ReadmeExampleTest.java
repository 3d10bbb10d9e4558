package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Keeps the README's example identical to {@link GroupMembersTest}, which runs it. */
class ReadmeExampleTest {
  @org.junit.jupiter.api.Test
  void theReadmeShowsThisExampleAsItIs() throws IOException {
    List<String> source = Files.readAllLines(
        Path.of("src/test/java/io/kaitenkit/contract/GroupMembersTest.java"), StandardCharsets.UTF_8);
    List<String> example = source.subList(source.indexOf("// README:begin") + 1, source.indexOf("// README:end"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String block = readme.substring(readme.indexOf("## Example"));
    block = block.substring(block.indexOf("```java\n") + 8, block.indexOf("\n```", block.indexOf("```java\n")));

    assertThat(Arrays.asList(block.split("\n"))).containsExactlyElementsOf(example);
  }
}
