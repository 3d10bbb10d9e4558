package io.kaitenkit.contract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippet check on a repository of its own: what passes, and what each failure says. */
class DocSnippetsCheckTest {
  private static final String SOURCE = String.join("\n",
      "package x;",
      "",
      "// snippet:start imports",
      "import java.util.List;",
      "// snippet:end",
      "",
      "class ExampleTest {",
      "  void hello() {",
      "    // snippet:start hello",
      "    List<String> names = List.of(\"Ada\");",
      "    // snippet:end",
      "    // snippet:start imports",
      "    System.out.println(names);",
      "    // snippet:end",
      "  }",
      "}");

  @TempDir
  Path root;

  @BeforeEach
  void writeATestSource() throws IOException {
    Path source = root.resolve("module/src/test/java/x/ExampleTest.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SOURCE, StandardCharsets.UTF_8);
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("README.md"), "# Example\n", StandardCharsets.UTF_8);
  }

  @Test
  void aBlockEqualToItsRegionPasses() throws IOException {
    DocSnippets.Block block = onlyBlock("<!-- snippet: ExampleTest#hello -->", "```java",
        "List<String> names = List.of(\"Ada\");", "```");

    assertThat(new DocSnippets(root).problem(block)).isEmpty();
  }

  @Test
  void aRegionInPartsIsShownWithABlankLineBetweenThem() throws IOException {
    DocSnippets.Block block = onlyBlock("<!-- snippet: ExampleTest#imports -->", "```java",
        "import java.util.List;", "", "System.out.println(names);", "```");

    assertThat(new DocSnippets(root).problem(block)).isEmpty();
  }

  @Test
  void aChangedBlockIsReportedWithItsPageLineAndADiff() throws IOException {
    DocSnippets.Block block = onlyBlock("Some text.", "", "<!-- snippet: ExampleTest#hello -->", "```java",
        "List<String> names = List.of(\"Grace\");", "```");

    assertThat(new DocSnippets(root).problem(block)).hasValueSatisfying(problem -> assertThat(problem)
        .startsWith("docs/page.md:4 (java block ExampleTest#hello) differs from module/src/test/java/x/ExampleTest.java#hello:")
        .contains("-List<String> names = List.of(\"Grace\");")
        .contains("+List<String> names = List.of(\"Ada\");"));
  }

  @Test
  void anUnmarkedJavaBlockIsReported() throws IOException {
    DocSnippets.Block block = onlyBlock("```java", "List<String> names = List.of();", "```");

    assertThat(new DocSnippets(root).problem(block)).hasValueSatisfying(problem -> assertThat(problem)
        .startsWith("docs/page.md:1 (java block): not marked; put <!-- snippet: TestClass#region -->"));
  }

  @Test
  void anUnknownRegionOrSourceIsReported() throws IOException {
    Files.writeString(root.resolve("docs/page.md"), String.join("\n",
        "<!-- snippet: ExampleTest#goodbye -->", "```java", "x", "```", "",
        "<!-- snippet: MissingTest#hello -->", "```java", "x", "```"), StandardCharsets.UTF_8);
    DocSnippets docs = new DocSnippets(root);
    List<DocSnippets.Block> blocks = docs.blocks(Path.of("docs/page.md"));

    assertThat(blocks).hasSize(2);
    assertThat(docs.problem(blocks.get(0))).hasValue("docs/page.md:2 (java block ExampleTest#goodbye): "
        + "module/src/test/java/x/ExampleTest.java has no region 'goodbye' (// snippet:start goodbye ... // snippet:end)");
    assertThat(docs.problem(blocks.get(1))).hasValue("docs/page.md:7 (java block MissingTest#hello): "
        + "no test source named MissingTest");
  }

  @Test
  void anUnmarkedShellBlockIsNotChecked() throws IOException {
    DocSnippets.Block block = onlyBlock("```sh", "mvn -B verify", "```");

    assertThat(new DocSnippets(root).problem(block)).isEmpty();
  }

  @Test
  void pagesAreTheReadmeAndTheMarkdownUnderDocs() throws IOException {
    Files.writeString(root.resolve("docs/b.md"), "", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("docs/a.md"), "", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("docs/notes.txt"), "", StandardCharsets.UTF_8);

    assertThat(new DocSnippets(root).pages()).containsExactly(Path.of("README.md"), Path.of("docs/a.md"), Path.of("docs/b.md"));
  }

  private DocSnippets.Block onlyBlock(String... page) throws IOException {
    Files.writeString(root.resolve("docs/page.md"), String.join("\n", page) + "\n", StandardCharsets.UTF_8);
    List<DocSnippets.Block> blocks = new DocSnippets(root).blocks(Path.of("docs/page.md"));
    assertThat(blocks).hasSize(1);
    return blocks.get(0);
  }
}
