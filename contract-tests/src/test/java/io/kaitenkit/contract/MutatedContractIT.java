package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.contract.Conformance.Outcome;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.spec.KaitenApiSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of the contract in which one field's type changed ({@code email} an integer) makes the checks fail
 * with messages that name the field: the cross-check of the pacts, the conformance suite, and the mock
 * itself, which refuses a fixture that the changed contract rejects.
 */
class MutatedContractIT {
  private static final String EMAIL_AS_STRING = """
              email:
                type: string
      """;
  private static final String USER_SCHEMA = "\n    User:\n";
  private static final String EMAIL_AS_INTEGER = """
              email:
                type: integer
      """;

  @TempDir
  static Path folder;
  private static Path mutated;

  @BeforeAll
  static void copyTheContractWithEmailAsAnInteger() throws IOException {
    String contract;
    try (InputStream in = KaitenApiSpec.class.getClassLoader().getResourceAsStream(KaitenApiSpec.BUNDLED_RESOURCE)) {
      contract = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Only the User schema changes (CurrentUser and UsersListRow have an email of their own).
    int user = contract.indexOf(USER_SCHEMA);
    int email = contract.indexOf(EMAIL_AS_STRING, user);
    int nextSchema = contract.indexOf("\n    UserExtended:\n", user);
    assertThat(user).as("the bundled contract's User schema").isNotNegative();
    assertThat(email).as("the bundled contract's User.email").isBetween(user, nextSchema);
    mutated = folder.resolve("kaiten-group-users.yaml");
    Files.writeString(mutated, contract.substring(0, email) + EMAIL_AS_INTEGER
        + contract.substring(email + EMAIL_AS_STRING.length()), StandardCharsets.UTF_8);
  }

  @Test
  void theCrossCheckFailsTheInteractionsThatCarryAUserNamingEmail() {
    List<String> failures = PactCrossCheck.failures(
        PactCrossCheck.check(KaitenApiSpec.load(mutated), Pacts.interactions()));

    assertThat(failures).isNotEmpty().allSatisfy(failure -> assertThat(failure).contains("email"));
    assertThat(failures).anySatisfy(failure -> assertThat(failure)
        .contains("interaction \"a request to remove user 43 from group developers\"")
        .contains("response body.email"));
  }

  @Test
  void conformanceFailsEverySuccessNamingEmail() throws Exception {
    try (KaitenMockServer mock = KaitenMockServer.start()) {
      List<Outcome> failed = Conformance.run(mock, KaitenApiSpec.load(mutated)).stream()
          .filter(outcome -> !outcome.conforms())
          .toList();

      assertThat(failed).extracting(outcome -> outcome.operationId() + " " + outcome.status())
          .containsExactlyInAnyOrder("listGroupUsers 200", "addUserToGroup 200", "removeUserFromGroup 200",
              "listGroupAdmins 200", "addAdminToGroup 200", "removeAdminFromGroup 200");
      assertThat(failed).allSatisfy(outcome -> assertThat(outcome.message()).contains("email"));
    }
  }

  @Test
  void theMockRefusesToStartOnTheChangedContractNamingEmail() {
    MockOptions options = MockOptions.builder().contract(mutated).build();

    assertThatThrownBy(() -> KaitenMockServer.start(options).close())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("email");
  }
}
