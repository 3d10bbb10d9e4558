package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.contract.Conformance.Outcome;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An answer that breaks the contract (a user without {@code email}) is caught, and the field is named. */
class WrongResponsesAreCaughtTest {
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
  void theValidatorNamesTheMissingField() throws IOException {
    ApiResponse response = ApiResponse.of(200).withHeader("Content-Type", "application/json")
        .withBody(userWithoutEmail());

    assertThat(SPEC.validateResponse("removeUserFromGroup", response))
        .singleElement().hasToString("body: Field 'email' is required.");
  }

  @Test
  void conformanceFailsAMockThatAnswersAUserWithoutEmail() throws Exception {
    mock.reset();
    Outcome faithful = Conformance.run(mock, SPEC, "removeUserFromGroup", 200);
    mock.reset();
    mock.addFault(Fault.on("removeUserFromGroup")
        .status(200, Map.of("Content-Type", "application/json"), userWithoutEmail()));

    Outcome broken = Conformance.run(mock, SPEC, "removeUserFromGroup", 200);

    assertThat(faithful.conforms()).as(faithful.message()).isTrue();
    assertThat(broken.conforms()).isFalse();
    assertThat(broken.message()).startsWith("removeUserFromGroup 200").contains("body: Field 'email' is required.");
  }

  @Test
  void conformanceFailsAStatusThatNoScenarioReaches() throws Exception {
    Outcome outcome = Conformance.run(mock, SPEC, "removeUserFromGroup", 409);

    assertThat(outcome.conforms()).isFalse();
    assertThat(outcome.message()).contains("removeUserFromGroup 409").contains("no conformance scenario reaches it");
  }

  private static String userWithoutEmail() throws IOException {
    try (InputStream in = WrongResponsesAreCaughtTest.class.getResourceAsStream(
        "/wrong-responses/user-without-email.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
