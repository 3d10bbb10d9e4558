package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.contract.Conformance.Outcome;
import io.kaitenkit.contract.DriftFacts.Check;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every documented (operation, status) driven through the mock with a real request, its answer validated. */
class ConformanceIT {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();
  private static KaitenMockServer mock;

  @BeforeAll
  static void startMock() {
    mock = KaitenMockServer.start();
  }

  @AfterAll
  static void stopMock() {
    mock.close();
  }

  @Test
  void theMockReachesAndConformsToEveryDocumentedStatus() throws Exception {
    List<Outcome> outcomes = Conformance.run(mock, SPEC);
    for (Outcome outcome : outcomes) {
      if (outcome.conforms()) {
        DriftFacts.passed(Check.MOCK, outcome.operationId(), outcome.status(), "");
      } else {
        DriftFacts.failed(Check.MOCK, outcome.operationId(), outcome.status(), "",
            String.join("; ", outcome.problems()));
      }
    }

    assertThat(outcomes).extracting(outcome -> outcome.operationId() + " " + outcome.status())
        .containsExactlyElementsOf(Documented.pairs(SPEC));
    assertThat(outcomes.stream().filter(outcome -> !outcome.conforms()).map(Outcome::message))
        .as("statuses the mock does not reach or answers against the contract")
        .isEmpty();
  }
}
