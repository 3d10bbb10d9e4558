package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.TestHttp.Answer;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The emulator's own answers keep the contract: across tokens, groups, users, malformed requests and
 * {@code Prefer}, every status is documented and every body conforms, so strict mode never fires.
 */
@Isolated
class ContractConformanceTest {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();
  private static final List<String> TOKENS = List.of(Demo.ADMIN, Demo.NO_PERMISSION, Demo.GROUP_ADMIN,
      Demo.MEMBERS_PERMISSION, Demo.NO_GROUPS_TARIFF, Demo.OTHER_COMPANY, Demo.UNKNOWN);
  private static final List<String> GROUPS = List.of(Demo.DEVELOPERS, Demo.DESIGNERS, Demo.PEOPLE_OPS,
      Demo.ENGINEERING, Demo.TPS_REPORTS, "no-such-group", "%64evelopers");
  private static final List<Long> USERS = List.of(Demo.ADA, Demo.BOB, Demo.HOMER, Demo.NOBODY);

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void everyAnswerConformsAndStrictModeStaysSilent() {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new TreeSet<>();

    try (LogCapture strictMode = LogCapture.of("io.kaitenkit.mock.internal.strict.StrictMode")) {
      for (Operation operation : Operation.values()) {
        for (TestHttp request : requests(operation)) {
          Answer answer = request.send();
          seen.add(operation.id + " " + answer.status());
          List<Violation> violations = SPEC.validateResponse(operation.id, MockAssertions.toApiResponse(answer));
          if (!violations.isEmpty()) {
            problems.add(request + " -> " + answer.status() + ": " + violations);
          }
        }
      }
      assertThat(strictMode.errors()).isEmpty();
    }

    assertThat(problems).isEmpty();
    assertThat(seen).containsAll(everyDocumentedStatus());
  }

  private static List<TestHttp> requests(Operation operation) {
    List<TestHttp> requests = new ArrayList<>();
    for (String token : TOKENS) {
      for (String group : GROUPS) {
        for (long user : USERS) {
          requests.add(operation.request(api(), group, user).token(token));
        }
      }
      requests.add(operation.onDevelopers(api()));
      requests.add(operation.onDevelopers(api()).header("Authorization", "Basic YTpi"));
    }
    requests.add(api().remove(Demo.DEVELOPERS, "abc").token(Demo.ADMIN));
    requests.add(api().addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN).json("{\"user_id\":\"x\"}"));
    requests.add(api().addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN));
    for (int status : List.of(200, 400, 401, 402, 403, 404, 418, 429)) {
      requests.add(operation.onDevelopers(api()).token(Demo.ADMIN).header("Prefer", "code=" + status));
    }
    return requests;
  }

  private static Set<String> everyDocumentedStatus() {
    Set<String> documented = new TreeSet<>();
    for (Operation operation : Operation.values()) {
      SPEC.operation(operation.id).statuses().forEach(status -> documented.add(operation.id + " " + status));
    }
    return documented;
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }

  private static GroupUsersApi api() {
    return new GroupUsersApi(MOCK.server());
  }
}
