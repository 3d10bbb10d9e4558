package io.kaitenkit.contract.docs;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Holds the code blocks of the documentation to the sources that run them. A block is marked with
 * {@code <!-- snippet: GroupMembersTest#example -->} on the line before its fence: a test class's simple
 * name (or a file's path from the repository root) and a region in it, delimited by
 * {@code // snippet:start example} and {@code // snippet:end} (or {@code <!-- snippet:start example -->}
 * and {@code <!-- snippet:end -->} in XML). A region may come in several parts, such as its imports and
 * its code; the block shows them one after the other, separated by a blank line. Every {@code java} block
 * must be marked; a block of another language is checked when it is marked.
 */
final class DocSnippets {
  private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
  private static final Pattern MARKER = Pattern.compile("^<!-- snippet: (\\S+)#(\\S+) -->$");
  private static final Pattern START = Pattern.compile("^(?://|<!--) snippet:start (\\S+)(?: -->)?$");
  private static final Pattern END = Pattern.compile("^(?://|<!--) snippet:end(?: -->)?$");

  private static final Set<String> SKIPPED = Set.of("target", ".git", "node_modules");

  private final Path root;

  DocSnippets(Path root) {
    this.root = root;
  }

  /** A fenced block of a Markdown page; {@code source} and {@code region} are null when unmarked. */
  record Block(Path page, int line, String language, String source, String region, List<String> lines) {
    String where() {
      return page + ":" + line + " (" + language + " block" + (source == null ? "" : " " + source + "#" + region) + ")";
    }
  }

  /** The README and every page under {@code docs/}. */
  List<Path> pages() {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(page -> pages.add(root.relativize(page)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /** The fenced blocks of a page, in order. */
  List<Block> blocks(Path page) {
    List<String> lines = read(root.resolve(page));
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches() || open.group(1).isEmpty()) {
        continue;
      }
      int first = i + 1;
      int close = first;
      while (close < lines.size() && !lines.get(close).equals("```")) {
        close++;
      }
      Matcher marker = MARKER.matcher(previousNonBlank(lines, i));
      boolean marked = marker.matches();
      blocks.add(new Block(page, i + 1, open.group(1), marked ? marker.group(1) : null,
          marked ? marker.group(2) : null, List.copyOf(lines.subList(first, Math.min(close, lines.size())))));
      i = close;
    }
    return blocks;
  }

  /** Why a block does not show its region as it is, or empty when it does (or needs no check). */
  Optional<String> problem(Block block) {
    if (block.source() == null) {
      return block.language().equals("java")
          ? Optional.of(block.where() + ": not marked; put <!-- snippet: TestClass#region --> on the line before"
              + " the fence and the code between // snippet:start region and // snippet:end in that test")
          : Optional.empty();
    }
    List<Path> files = find(block.source());
    if (files.size() != 1) {
      return Optional.of(block.where() + ": " + (files.isEmpty() ? "no test source named " : "more than one source named ")
          + block.source() + (files.isEmpty() ? "" : ": " + files));
    }
    Path file = files.get(0);
    Optional<List<String>> region = region(read(root.resolve(file)), block.region());
    if (region.isEmpty()) {
      return Optional.of(block.where() + ": " + file + " has no region '" + block.region() + "' (// snippet:start "
          + block.region() + " ... // snippet:end)");
    }
    if (region.get().equals(block.lines())) {
      return Optional.empty();
    }
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(block.page().toString(), file + "#" + block.region(),
        block.lines(), DiffUtils.diff(block.lines(), region.get()), 2);
    return Optional.of(block.where() + " differs from " + file + "#" + block.region() + ":\n" + String.join("\n", diff));
  }

  /** The lines of a region, each part without its common indentation, parts separated by a blank line. */
  static Optional<List<String>> region(List<String> source, String name) {
    List<String> lines = new ArrayList<>();
    boolean found = false;
    for (int i = 0; i < source.size(); i++) {
      Matcher start = START.matcher(source.get(i).strip());
      if (!start.matches() || !start.group(1).equals(name)) {
        continue;
      }
      List<String> part = new ArrayList<>();
      int depth = 1;
      for (i++; i < source.size() && depth > 0; i++) {
        String line = source.get(i).strip();
        if (START.matcher(line).matches()) {
          depth++;
        } else if (END.matcher(line).matches()) {
          depth--;
        } else {
          part.add(source.get(i));
        }
      }
      if (found) {
        lines.add("");
      }
      lines.addAll(unindented(part));
      found = true;
    }
    return found ? Optional.of(lines) : Optional.empty();
  }

  private static List<String> unindented(List<String> part) {
    int indent = part.stream().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    return part.stream().map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing()).toList();
  }

  /** A path from the root, or every test source of that simple class name. */
  private List<Path> find(String source) {
    if (source.contains("/")) {
      return Files.isRegularFile(root.resolve(source)) ? List.of(Path.of(source)) : List.of();
    }
    String fileName = source + ".java";
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          return SKIPPED.contains(name) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          Path relative = root.relativize(file);
          if (file.getFileName().toString().equals(fileName) && relative.toString().replace('\\', '/').contains("src/test/java/")) {
            found.add(relative);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found.stream().sorted().toList();
  }

  private static String previousNonBlank(List<String> lines, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return lines.get(i).strip();
      }
    }
    return "";
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
