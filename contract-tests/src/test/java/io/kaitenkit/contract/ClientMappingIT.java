package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.client.GroupUpdate;
import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.NewGroup;
import io.kaitenkit.client.RetryPolicy;
import io.kaitenkit.contract.DriftFacts.Check;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.admin.ProviderState;
import io.kaitenkit.spec.KaitenApiSpec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference client against the mock, once per documented (operation, status): the mock is put in the
 * state that answers the status, and the client must hand back the result kind its documentation names.
 */
class ClientMappingIT {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();

  /** The result kind the client documents for each status; 200 depends on the operation. */
  private static final Set<String> OPERATIONS = Set.of("listGroups", "createGroup", "getGroup", "updateGroup",
      "removeGroup", "listGroupUsers", "addUserToGroup", "removeUserFromGroup", "listGroupAdmins",
      "addAdminToGroup", "removeAdminFromGroup", "getCurrentUser", "listUsers");
  /** The operations that answer 403 to a deactivated user rather than to one without rights. */
  private static final Set<String> USERS_OPERATIONS = Set.of("getCurrentUser", "listUsers");
  /** The operations whose 404 no missing group causes: only {@code Prefer} or its provider state reach it. */
  private static final Set<String> GROUP_FREE_OPERATIONS =
      Set.of("listGroups", "createGroup", "getCurrentUser");

  private static final Map<Integer, Class<?>> FAILURE = Map.of(
      400, KaitenResult.BadRequest.class,
      401, KaitenResult.Unauthorized.class,
      402, KaitenResult.TariffLimited.class,
      403, KaitenResult.Forbidden.class,
      404, KaitenResult.NotFound.class,
      429, KaitenResult.RateLimited.class);

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
  void theClientMapsEveryDocumentedStatusToItsDocumentedResultKind() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (String pair : Documented.pairs(SPEC)) {
      String operation = pair.substring(0, pair.indexOf(' '));
      int status = Integer.parseInt(pair.substring(pair.indexOf(' ') + 1));
      String mismatch = check(operation, status);
      if (mismatch == null) {
        DriftFacts.passed(Check.CLIENT, operation, status, "");
      } else {
        DriftFacts.failed(Check.CLIENT, operation, status, "", mismatch);
        mismatches.add(pair + ": " + mismatch);
      }
    }

    assertThat(mismatches).as("statuses the client does not map to its documented result kind").isEmpty();
  }

  /** Null when the client's result is the documented kind for the status, otherwise what went wrong. */
  private static String check(String operation, int status) throws IOException, InterruptedException {
    if (!OPERATIONS.contains(operation)) {
      return "the client has no call for " + operation;
    }
    Class<?> expected = status == 200 ? KaitenResult.Ok.class : FAILURE.get(status);
    if (expected == null) {
      return "the client documents no result kind for " + status;
    }
    mock.reset();
    String token = Demo.ADMIN_TOKEN;
    switch (status) {
      case 200 -> { } // the demo fixture answers 200 as it is
      case 400 -> mock.setUpProviderState(
          ProviderState.NEXT_REQUEST_REJECTED_AS_MALFORMED.sentence(operation), Map.of());
      case 401 -> mock.setUpProviderState(ProviderState.TOKEN_IS_INVALID.sentence(), Map.of("token", token));
      case 402 -> mock.setUpProviderState(ProviderState.TARIFF_WITHOUT_GROUPS.sentence(), Map.of());
      case 403 -> token = USERS_OPERATIONS.contains(operation) ? Demo.DEACTIVATED_TOKEN : Demo.NO_PERMISSION_TOKEN;
      case 404 -> mock.setUpProviderState(GROUP_FREE_OPERATIONS.contains(operation)
          ? ProviderState.NEXT_REQUEST_ANSWERED_WITH_DOCUMENTED_STATUS.sentence(operation, 404)
          : ProviderState.GROUP_DOES_NOT_EXIST.sentence(Demo.DEVELOPERS), Map.of());
      case 429 -> mock.setUpProviderState(ProviderState.RATE_LIMIT_EXHAUSTED.sentence(), Map.of("token", token));
      default -> {
        return "no way to make the mock answer " + status;
      }
    }
    KaitenResult<?> result = call(operation, token);
    if (result.code() != status) {
      return "the mock answered " + result.code() + " instead of " + status + ": " + result;
    }
    if (!expected.isInstance(result)) {
      return "the client answered " + result + ", not " + expected.getSimpleName();
    }
    return null;
  }

  private static KaitenResult<?> call(String operation, String token) throws IOException, InterruptedException {
    KaitenClient client = KaitenClient.builder()
        .baseUri(mock.baseUrl())
        .token(token)
        .timeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.none())
        .build();
    return switch (operation) {
      case "listGroups" -> client.listGroups();
      case "createGroup" -> client.createGroup(NewGroup.named("Testers"));
      case "getGroup" -> client.getGroup(Demo.DEVELOPERS);
      case "updateGroup" -> client.updateGroup(Demo.DEVELOPERS, GroupUpdate.none().withName("Devs"));
      case "removeGroup" -> client.removeGroup(Demo.DEVELOPERS);
      case "listGroupUsers" -> client.listGroupUsers(Demo.DEVELOPERS);
      case "listGroupAdmins" -> client.listGroupAdmins(Demo.DEVELOPERS);
      case "addAdminToGroup" -> client.addAdminToGroup(Demo.DEVELOPERS, Demo.GRACE);
      case "removeAdminFromGroup" -> client.removeAdminFromGroup(Demo.DEVELOPERS, Demo.GROUP_ADMIN);
      case "getCurrentUser" -> client.getCurrentUser();
      case "listUsers" -> client.listUsers();
      case "addUserToGroup" -> client.addUserToGroup(Demo.DEVELOPERS, Demo.GRACE);
      case "removeUserFromGroup" -> client.removeUserFromGroup(Demo.DEVELOPERS, Demo.ADA);
      default -> throw new IllegalArgumentException("the client has no call for " + operation);
    };
  }
}
