package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.contract.DriftFacts.Check;
import io.kaitenkit.contract.PactCrossCheck.Verdict;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The consumer tests' pacts held against the contract: every interaction's request and response, 4xx
 * included, must be what the contract documents.
 */
class PactCrossCheckIT {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();

  @Test
  void everyInteractionOfThePactsConformsToTheContract() {
    List<Verdict> verdicts = PactCrossCheck.check(SPEC, Pacts.interactions());
    for (Verdict verdict : verdicts) {
      PactInteraction interaction = verdict.interaction();
      if (verdict.conforms()) {
        DriftFacts.passed(Check.CROSS_CHECKED, verdict.operationId(), interaction.status(), interaction.description());
      } else {
        DriftFacts.failed(Check.CROSS_CHECKED, verdict.operationId(), interaction.status(), interaction.description(),
            String.join("; ", verdict.problems()));
      }
    }

    assertThat(verdicts).isNotEmpty();
    assertThat(PactCrossCheck.failures(verdicts)).as("interactions that depart from the contract").isEmpty();
  }

  @Test
  void thePactsCoverEveryDocumentedStatusOfEveryOperation() {
    List<String> covered = Pacts.interactions().stream()
        .map(interaction -> interaction.operationId(SPEC) + " " + interaction.status())
        .distinct()
        .toList();

    assertThat(covered).containsExactlyInAnyOrderElementsOf(Documented.pairs(SPEC));
  }
}
