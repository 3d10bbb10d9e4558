package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.contract.PactCrossCheck.Verdict;
import io.kaitenkit.spec.KaitenApiSpec;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cross-check fails a pact that relies on what the contract does not promise, naming the interaction. */
class WrongPactsAreCaughtTest {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();

  @Test
  void aPactExpectingAFieldTheContractLacksFailsNamingTheInteractionAndTheField() throws Exception {
    List<Verdict> verdicts =
        PactCrossCheck.check(SPEC, Pacts.interactions(resource("expects-an-undocumented-field.json")));

    assertThat(verdicts).filteredOn(Verdict::conforms).extracting(v -> v.interaction().description())
        .containsExactly("a request to remove user 43 from group developers");
    assertThat(PactCrossCheck.failures(verdicts)).singleElement().asString()
        .contains("interaction \"a request for the members of group developers with their avatar colours\"")
        .contains("expects-an-undocumented-field.json")
        .contains("listGroupUsers 200")
        .contains("response body[0].avatar_color: the consumer expects a field that the contract does not define");
  }

  @Test
  void aPactExpectingAnUndocumentedStatusFailsNamingTheInteractionAndTheStatus() throws Exception {
    List<Verdict> verdicts =
        PactCrossCheck.check(SPEC, Pacts.interactions(resource("expects-an-undocumented-status.json")));

    assertThat(PactCrossCheck.failures(verdicts)).singleElement().asString()
        .contains("interaction \"a request to add user 43 who is already a member of group developers\"")
        .contains("response status: 409 is not documented for addUserToGroup");
  }

  @Test
  void theDriftReportMarksAnUndocumentedStatusOfAPactAsAContractMismatch() throws Exception {
    List<PactInteraction> interactions = Pacts.interactions(resource("expects-an-undocumented-status.json"));

    DriftReport report = DriftReport.build(SPEC, interactions, List.of());

    assertThat(report.rows()).filteredOn(row -> row.status() == 409).singleElement()
        .satisfies(row -> assertThat(row.contract()).isFalse());
    assertThat(report.mismatches()).anySatisfy(line -> assertThat(line)
        .startsWith("addUserToGroup 409 contract: not documented")
        .contains("a request to add user 43 who is already a member of group developers"));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(WrongPactsAreCaughtTest.class.getResource("/wrong-pacts/" + name).toURI());
  }
}
