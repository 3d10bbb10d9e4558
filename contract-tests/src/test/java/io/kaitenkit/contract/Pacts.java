package io.kaitenkit.contract;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the consumer tests write their pacts, and how the later checks read them. */
final class Pacts {
  static final String CONSUMER = "kaiten-client-reference";
  static final String PROVIDER = "kaiten-group-users";

  private Pacts() {}

  /** {@code target/pacts} of this module: the build passes it as {@code pact.rootDir}. */
  static Path directory() {
    return Path.of(System.getProperty("pact.rootDir", "target/pacts"));
  }

  /**
   * The pact files the consumer tests wrote.
   *
   * @throws AssertionError when there are none: the consumer tests did not run in this build
   */
  static List<Path> requireFiles() {
    Path directory = directory();
    List<Path> files = files(directory);
    if (files.isEmpty()) {
      throw new AssertionError("No pact files in " + directory.toAbsolutePath() + ": run the Pact consumer tests "
          + "first. They run in the test phase (mvn verify runs them before this check); running only the "
          + "integration tests, or skipping the consumer tests, leaves nothing to verify.");
    }
    return files;
  }

  /** The {@code .json} files of a directory, in name order; empty when it does not exist. */
  static List<Path> files(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every interaction of the consumer tests' pact files; fails loudly when there are none. */
  static List<PactInteraction> interactions() {
    List<PactInteraction> interactions = new ArrayList<>();
    for (Path file : requireFiles()) {
      interactions.addAll(interactions(file));
    }
    return interactions;
  }

  /** The interactions of one pact file, in the file's order. */
  static List<PactInteraction> interactions(Path file) {
    Pact pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
    String source = file.getFileName().toString();
    List<PactInteraction> interactions = new ArrayList<>();
    for (Interaction interaction : pact.getInteractions()) {
      interactions.add(PactInteraction.of(source, interaction));
    }
    return interactions;
  }
}
