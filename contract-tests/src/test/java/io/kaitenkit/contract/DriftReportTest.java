package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.contract.DriftFacts.Check;
import io.kaitenkit.contract.DriftFacts.Fact;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drift report's cells follow the facts: ✓ only where every check left a passing result. */
class DriftReportTest {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();

  @Test
  void everyCellIsATickWhenEveryCheckPassed() {
    DriftReport report = DriftReport.build(SPEC, interactions(), facts());

    assertThat(report.mismatches()).isEmpty();
    assertThat(report.rows()).hasSize(Documented.pairs(SPEC).size()).allMatch(DriftReport.Row::agrees);
    assertThat(report.markdown())
        .contains("| operation | status | contract | mock | pact | client |")
        .contains("| removeUserFromGroup | 404 | ✓ | ✓ | ✓ | ✓ |")
        .contains("## Mismatches\n\nNone.");
  }

  @Test
  void aFailedVerificationCrossesThePactCellAndSaysWhy() {
    List<Fact> facts = new ArrayList<>(facts());
    facts.replaceAll(fact -> fact.check() == Check.VERIFIED && fact.operation().equals("addUserToGroup")
        && fact.status() == 402 ? new Fact(Check.VERIFIED, "addUserToGroup", 402, fact.subject(), false,
        "status: expected 402 but was 200") : fact);

    DriftReport report = DriftReport.build(SPEC, interactions(), facts);

    assertThat(report.markdown()).contains("| addUserToGroup | 402 | ✓ | ✓ | ✗ | ✓ |");
    assertThat(report.mismatches()).singleElement().asString()
        .startsWith("addUserToGroup 402 pact: the mock's verification failed for interaction \"addUserToGroup 402\"")
        .endsWith("status: expected 402 but was 200");
  }

  @Test
  void aStatusTheConformanceSuiteNeverReachedCrossesTheMockCell() {
    List<Fact> facts = new ArrayList<>(facts());
    facts.removeIf(fact -> fact.check() == Check.MOCK && fact.operation().equals("listGroupUsers")
        && fact.status() == 429);

    DriftReport report = DriftReport.build(SPEC, interactions(), facts);

    assertThat(report.markdown()).contains("| listGroupUsers | 429 | ✓ | ✗ | ✓ | ✓ |");
    assertThat(report.mismatches())
        .containsExactly("listGroupUsers 429 mock: the conformance suite left no result for it");
  }

  @Test
  void withoutPactsEveryPactCellIsACrossAndTheReportSaysToRunTheConsumerTests() {
    DriftReport report = DriftReport.build(SPEC, List.of(), facts());

    assertThat(report.rows()).noneMatch(DriftReport.Row::pact);
    assertThat(report.mismatches()).first().asString().contains("run the Pact consumer tests");
  }

  /** One interaction per documented pair, described as {@code "<operation> <status>"}. */
  private static List<PactInteraction> interactions() {
    List<PactInteraction> interactions = new ArrayList<>();
    for (ApiOperation operation : Documented.operations(SPEC)) {
      String path = Demo.BASE_PATH + operation.path().replace("{group_uid}", Demo.DEVELOPERS)
          .replace("{uid}", Demo.DEVELOPERS).replace("{user_id}", Long.toString(Demo.ALAN));
      for (int status : operation.statuses()) {
        interactions.add(new PactInteraction("test.json", operation.id() + " " + status, List.of(),
            operation.method(), path, null, Map.of(), null, status, Map.of(), null));
      }
    }
    return interactions;
  }

  /** A passing result of every check for every documented pair. */
  private static List<Fact> facts() {
    List<Fact> facts = new ArrayList<>();
    for (String pair : Documented.pairs(SPEC)) {
      String operation = pair.substring(0, pair.indexOf(' '));
      int status = Integer.parseInt(pair.substring(pair.indexOf(' ') + 1));
      facts.add(new Fact(Check.MOCK, operation, status, "", true, ""));
      facts.add(new Fact(Check.CLIENT, operation, status, "", true, ""));
      facts.add(new Fact(Check.VERIFIED, operation, status, pair, true, ""));
      facts.add(new Fact(Check.CROSS_CHECKED, operation, status, pair, true, ""));
    }
    return facts;
  }
}
