package io.kaitenkit.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What each check found, one small JSON file per finding under {@code target/drift/<check>/}, so that the
 * drift report, which runs last, can read what the earlier phases established.
 */
final class DriftFacts {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** The checks that leave facts; the drift report's columns come from them. */
  enum Check {
    /** The conformance suite drove the mock to the status and the answer conformed. */
    MOCK,
    /** The reference client turned the mock's answer into its documented result kind. */
    CLIENT,
    /** The mock passed Pact's verification of an interaction. */
    VERIFIED,
    /** An interaction's request and response conform to the contract. */
    CROSS_CHECKED
  }

  /**
   * One finding.
   *
   * @param subject what was checked beyond the operation and status: an interaction's description, or ""
   * @param detail why it failed, or "" when it passed
   */
  record Fact(Check check, String operation, int status, String subject, boolean ok, String detail) {}

  private DriftFacts() {}

  /** {@code target/drift} of this module: the build passes it as {@code kaiten.drift.dir}. */
  static Path directory() {
    return Path.of(System.getProperty("kaiten.drift.dir", "target/drift"));
  }

  static void passed(Check check, String operation, int status, String subject) {
    record(new Fact(check, operation, status, subject, true, ""));
  }

  static void failed(Check check, String operation, int status, String subject, String detail) {
    record(new Fact(check, operation, status, subject, false, detail == null ? "failed" : detail));
  }

  static void record(Fact fact) {
    Path folder = directory().resolve(fact.check().name().toLowerCase(Locale.ROOT));
    String key = fact.operation() + "-" + fact.status() + "-" + fact.subject();
    Path file = folder.resolve(fact.operation().replaceAll("[^A-Za-z0-9]", "_") + "-" + fact.status() + "-"
        + HexFormat.of().toHexDigits(key.hashCode()) + ".json");
    try {
      Files.createDirectories(folder);
      Files.writeString(file, JSON.writeValueAsString(fact), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record " + fact + " in " + file, e);
    }
  }

  /** Every fact recorded so far in this build. */
  static List<Fact> all() {
    return all(directory());
  }

  static List<Fact> all(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Fact> facts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        facts.add(JSON.readValue(file.toFile(), Fact.class));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the drift facts in " + directory, e);
    }
    return facts;
  }
}
