package io.kaitenkit.contract;

import io.kaitenkit.contract.DriftFacts.Check;
import io.kaitenkit.contract.DriftFacts.Fact;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.DocumentedResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the contract, the mock, the pacts and the client agree, per (operation, status): built from the
 * contract, the pact files and the facts the earlier checks recorded.
 *
 * <ul>
 *   <li>contract: the contract documents the status for the operation;
 *   <li>mock: the conformance suite reached the status on the mock and the answer conformed;
 *   <li>pact: an interaction expects it, the mock passed its verification and it passed the cross-check;
 *   <li>client: the reference client maps the mock's answer to its documented result kind.
 * </ul>
 */
final class DriftReport {
  private static final String YES = "✓";
  private static final String NO = "✗";

  /** One (operation, status) and whether each party agrees. */
  record Row(String operation, int status, boolean contract, boolean mock, boolean pact, boolean client) {
    boolean agrees() {
      return contract && mock && pact && client;
    }
  }

  private final String contract;
  private final List<Row> rows;
  private final List<String> mismatches;
  private final List<String> mockOnly;
  private final int interactions;

  private DriftReport(String contract, List<Row> rows, List<String> mismatches, List<String> mockOnly,
      int interactions) {
    this.contract = contract;
    this.rows = List.copyOf(rows);
    this.mismatches = List.copyOf(mismatches);
    this.mockOnly = List.copyOf(mockOnly);
    this.interactions = interactions;
  }

  /**
   * The report.
   *
   * @param interactions the interactions of the pact files; empty when there are none (every pact cell is ✗)
   * @param facts what the conformance suite, the client check, the provider verification and the cross-check
   *     recorded
   */
  static DriftReport build(KaitenApiSpec spec, List<PactInteraction> interactions, List<Fact> facts) {
    Set<String> pairs = new LinkedHashSet<>(Documented.pairs(spec));
    List<String> extra = new ArrayList<>();
    interactions.forEach(interaction -> extra.add(interaction.operationId(spec) + " " + interaction.status()));
    facts.forEach(fact -> extra.add(fact.operation() + " " + fact.status()));
    extra.stream().distinct().sorted(Comparator.naturalOrder()).forEach(pairs::add);

    List<Row> rows = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    if (interactions.isEmpty()) {
      mismatches.add("no pact interactions: run the Pact consumer tests (the test phase) before the report");
    }
    for (String pair : pairs) {
      int space = pair.lastIndexOf(' ');
      String operation = pair.substring(0, space);
      int status = Integer.parseInt(pair.substring(space + 1));
      String where = operation + " " + status;
      List<String> problems = new ArrayList<>();

      boolean documented = documents(spec, operation, status);
      if (!documented) {
        problems.add(where + " contract: not documented, yet checked by "
            + String.join(", ", sourcesOf(spec, operation, status, interactions, facts)));
      }
      boolean mock = single(Check.MOCK, "mock", where, operation, status, facts,
          "the conformance suite left no result for it", problems);
      boolean client = single(Check.CLIENT, "client", where, operation, status, facts,
          "the client check left no result for it", problems);
      boolean pact = pact(where, operation, status, spec, interactions, facts, problems);

      rows.add(new Row(operation, status, documented, mock, pact, client));
      mismatches.addAll(problems);
    }
    List<String> mockOnly = new ArrayList<>();
    for (ApiOperation operation : Documented.operations(spec)) {
      for (DocumentedResponse response : operation.responses().values()) {
        if (response.mockOnly()) {
          mockOnly.add(operation.id() + " " + response.status());
        }
      }
    }
    return new DriftReport(nameOf(spec), rows, mismatches, mockOnly, interactions.size());
  }

  List<Row> rows() {
    return rows;
  }

  /** One line per ✗, saying which party disagrees and why; empty when everything agrees. */
  List<String> mismatches() {
    return mismatches;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Drift report\n\n");
    md.append("Contract, mock, pacts and reference client, per documented (operation, status). Contract: `")
        .append(contract).append("`; ").append(interactions).append(" pact interactions.\n\n");
    md.append("| operation | status | contract | mock | pact | client |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      md.append("| ").append(row.operation()).append(" | ").append(row.status()).append(" | ")
          .append(tick(row.contract())).append(" | ").append(tick(row.mock())).append(" | ")
          .append(tick(row.pact())).append(" | ").append(tick(row.client())).append(" |\n");
    }
    md.append("\ncontract: documented by the contract. mock: the conformance suite reached it on the mock and the "
        + "answer conformed. pact: an interaction expects it, the mock passed Pact's verification of it and it "
        + "passed the pact-contract cross-check. client: the reference client maps it to its documented result "
        + "kind.\n");
    if (!mockOnly.isEmpty()) {
      md.append("\nOnly the mock sends (`x-kaiten-mock-only`): ").append(String.join(", ", mockOnly)).append(".\n");
    }
    md.append("\n## Mismatches\n\n");
    if (mismatches.isEmpty()) {
      md.append("None.\n");
    } else {
      mismatches.forEach(line -> md.append("- ").append(line).append('\n'));
    }
    return md.toString();
  }

  /** The bundled contract's resource name, or the file name of another contract. */
  private static String nameOf(KaitenApiSpec spec) {
    String source = spec.source();
    if (source.endsWith("!/" + KaitenApiSpec.BUNDLED_RESOURCE)
        || source.endsWith("/classes/" + KaitenApiSpec.BUNDLED_RESOURCE)) {
      return KaitenApiSpec.BUNDLED_RESOURCE + " (bundled)";
    }
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static String tick(boolean ok) {
    return ok ? YES : NO;
  }

  private static boolean documents(KaitenApiSpec spec, String operation, int status) {
    return spec.operationIds().contains(operation) && spec.documents(operation, status);
  }

  /** A column that one check fills per (operation, status): ✓ when it left a result and every result passed. */
  private static boolean single(Check check, String column, String where, String operation, int status,
      List<Fact> facts, String whenMissing, List<String> problems) {
    List<Fact> found = factsFor(check, operation, status, facts);
    if (found.isEmpty()) {
      problems.add(where + " " + column + ": " + whenMissing);
      return false;
    }
    boolean ok = true;
    for (Fact fact : found) {
      if (!fact.ok()) {
        problems.add(where + " " + column + ": " + fact.detail());
        ok = false;
      }
    }
    return ok;
  }

  private static boolean pact(String where, String operation, int status, KaitenApiSpec spec,
      List<PactInteraction> interactions, List<Fact> facts, List<String> problems) {
    List<PactInteraction> expecting = interactions.stream()
        .filter(interaction -> interaction.operationId(spec).equals(operation) && interaction.status() == status)
        .toList();
    if (expecting.isEmpty()) {
      problems.add(where + " pact: no interaction in the pacts expects it");
      return false;
    }
    boolean ok = true;
    for (PactInteraction interaction : expecting) {
      ok &= interactionPassed(Check.VERIFIED, "the mock's verification", where, interaction, facts, problems);
      ok &= interactionPassed(Check.CROSS_CHECKED, "the cross-check", where, interaction, facts, problems);
    }
    return ok;
  }

  private static boolean interactionPassed(Check check, String what, String where, PactInteraction interaction,
      List<Fact> facts, List<String> problems) {
    Optional<Fact> fact = facts.stream()
        .filter(f -> f.check() == check && f.subject().equals(interaction.description()))
        .findFirst();
    if (fact.isEmpty()) {
      problems.add(where + " pact: " + what + " left no result for interaction \"" + interaction.description() + "\"");
      return false;
    }
    if (!fact.get().ok()) {
      problems.add(where + " pact: " + what + " failed for interaction \"" + interaction.description() + "\": "
          + fact.get().detail());
      return false;
    }
    return true;
  }

  private static List<Fact> factsFor(Check check, String operation, int status, List<Fact> facts) {
    return facts.stream()
        .filter(fact -> fact.check() == check && fact.operation().equals(operation) && fact.status() == status)
        .toList();
  }

  private static List<String> sourcesOf(KaitenApiSpec spec, String operation, int status,
      List<PactInteraction> interactions, List<Fact> facts) {
    Set<String> sources = new LinkedHashSet<>();
    interactions.stream()
        .filter(interaction -> interaction.status() == status && interaction.operationId(spec).equals(operation))
        .map(interaction -> "interaction \"" + interaction.description() + "\"")
        .forEach(sources::add);
    facts.stream()
        .filter(fact -> fact.operation().equals(operation) && fact.status() == status)
        .map(fact -> fact.check().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .forEach(sources::add);
    return List.copyOf(sources);
  }
}
