package io.kaitenkit.contract.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every code block of the README and of docs/ shows its test's code as it is; those tests run it. */
class DocSnippetsTest {
  private final DocSnippets docs = new DocSnippets(Path.of(".."));

  @TestFactory
  Stream<DynamicTest> everyBlockShowsTheCodeOfItsTest() {
    return blocks().stream()
        .map(block -> dynamicTest(block.where(), () -> docs.problem(block).ifPresent(problem -> fail(problem))));
  }

  @Test
  void theReadmeAndEveryPageUnderDocsAreChecked() {
    assertThat(docs.pages()).contains(Path.of("README.md"), Path.of("docs/mock-server.md"), Path.of("docs/reference-client.md"));
    assertThat(blocks()).filteredOn(block -> block.page().equals(Path.of("README.md")) && block.language().equals("java"))
        .extracting(DocSnippets.Block::source)
        .containsExactly("GroupMembersTest");
  }

  private List<DocSnippets.Block> blocks() {
    return docs.pages().stream().flatMap(page -> docs.blocks(page).stream()).toList();
  }
}
