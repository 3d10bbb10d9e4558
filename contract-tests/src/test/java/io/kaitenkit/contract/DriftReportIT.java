package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.spec.KaitenApiSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code target/drift-report.md} from the facts the earlier checks recorded. The build runs it in a
 * failsafe execution of its own, after every other integration test, so that all facts are in.
 */
class DriftReportIT {

  @Test
  void contractMockPactsAndClientAgreeOnEveryDocumentedStatus() throws Exception {
    List<PactInteraction> interactions = new ArrayList<>();
    for (Path file : Pacts.files(Pacts.directory())) {
      interactions.addAll(Pacts.interactions(file));
    }
    DriftReport report = DriftReport.build(KaitenApiSpec.bundled(), interactions, DriftFacts.all());
    Path file = Path.of(System.getProperty("kaiten.drift.report", "target/drift-report.md"));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, report.markdown(), StandardCharsets.UTF_8);

    assertThat(report.mismatches()).as("the drift report's mismatches (" + file.toAbsolutePath() + ")").isEmpty();
    assertThat(report.rows()).allMatch(DriftReport.Row::agrees);
  }
}
