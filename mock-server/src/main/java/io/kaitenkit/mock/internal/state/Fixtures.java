package io.kaitenkit.mock.internal.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Finds fixture text: a fixture bundled in the jar by name, or a file. */
public final class Fixtures {
  /** Fixtures bundled under {@code fixtures/} on the class path. */
  public static final List<String> BUNDLED = List.of("demo", "empty");

  private Fixtures() {}

  /** The named bundled fixture, else the file at that path. */
  public static String read(String nameOrPath) {
    if (BUNDLED.contains(nameOrPath)) {
      return readBundled(nameOrPath);
    }
    return readFile(Path.of(nameOrPath));
  }

  public static String readBundled(String name) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("fixtures/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("bundled fixture '" + name + "' is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled fixture '" + name + "'", e);
    }
  }

  public static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new FixtureException(file + ": no such file (and not a bundled fixture: " + BUNDLED + ")", e);
    } catch (IOException e) {
      throw new FixtureException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
