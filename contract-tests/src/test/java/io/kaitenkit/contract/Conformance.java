package io.kaitenkit.contract;

import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mock's conformance suite: every (operation, status) the contract documents, reached on the demo fixture
 * with a real request (a malformed id for 400, a used-up rate limit for 429, {@code Prefer} only where
 * nothing else reaches the status), and the answer validated against the contract and by strict mode.
 */
final class Conformance {
  private static final String UNKNOWN_TOKEN = "not-a-demo-token";
  private static final String DEVELOPERS_USERS = "/groups/" + Demo.DEVELOPERS + "/users";
  private static final String ENGINEERING_USERS = "/groups/" + Demo.ENGINEERING + "/users";
  private static final Map<String, Scenario> SCENARIOS = scenarios();

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private Conformance() {}

  /**
   * How one status is reached: a request on the demo fixture (for 429, sent after the token's rate limit is
   * used up).
   */
  record Scenario(String how, String method, String path, String token, String body, String prefer,
      boolean exhaustRateLimit) {

    static Scenario send(String how, String method, String path, String token, String body) {
      return new Scenario(how, method, path, token, body, null, false);
    }

    Scenario preferring(int status) {
      return new Scenario(how, method, path, token, body, "code=" + status, exhaustRateLimit);
    }

    Scenario overTheRateLimit() {
      return new Scenario(how, method, path, token, body, prefer, true);
    }
  }

  /**
   * What one status's scenario produced.
   *
   * @param answered the status the mock answered, 0 when no scenario reaches the status
   * @param problems what departs from the contract; empty when it conforms
   */
  record Outcome(String operationId, int status, String how, int answered, List<String> problems) {
    Outcome {
      problems = List.copyOf(problems);
    }

    boolean conforms() {
      return problems.isEmpty();
    }

    String message() {
      return operationId + " " + status + " (" + how + "): " + String.join("; ", problems);
    }
  }

  /**
   * Drives every documented (operation, status) of {@code spec}'s operations
   * through the mock, resetting it before each.
   */
  static List<Outcome> run(KaitenMockServer mock, KaitenApiSpec spec) throws InterruptedException {
    List<Outcome> outcomes = new ArrayList<>();
    for (ApiOperation operation : Documented.operations(spec)) {
      for (int status : operation.statuses()) {
        mock.reset();
        outcomes.add(run(mock, spec, operation.id(), status));
      }
    }
    return outcomes;
  }

  /** Drives one (operation, status) through the mock as it is (reset it first for the demo fixture). */
  static Outcome run(KaitenMockServer mock, KaitenApiSpec spec, String operationId, int status)
      throws InterruptedException {
    Scenario scenario = SCENARIOS.get(operationId + " " + status);
    if (scenario == null) {
      return new Outcome(operationId, status, "no scenario", 0, List.of("no conformance scenario reaches it; "
          + "add one to " + Conformance.class.getSimpleName()));
    }
    if (scenario.exhaustRateLimit()) {
      mock.exhaustRateLimit(scenario.token());
    }
    ApiResponse response;
    try {
      response = send(mock, scenario);
    } catch (IOException e) {
      return new Outcome(operationId, status, scenario.how(), 0, List.of("the mock did not answer: " + e));
    }
    List<String> problems = new ArrayList<>();
    if (response.status() != status) {
      problems.add("answered " + response.status() + " instead of " + status
          + (response.body() == null ? "" : ", body: " + response.body()));
    }
    for (Violation violation : spec.validateResponse(operationId, response)) {
      problems.add(violation.toString());
    }
    for (RecordedExchange exchange : mock.requests()) {
      exchange.violations().forEach(violation -> problems.add("strict mode: " + violation));
    }
    return new Outcome(operationId, status, scenario.how(), response.status(), problems);
  }

  static ApiResponse send(KaitenMockServer mock, Scenario scenario) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock.url(scenario.path())))
        .timeout(Duration.ofSeconds(10))
        .method(scenario.method(), scenario.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(scenario.body()));
    if (scenario.token() != null) {
      request.header("Authorization", "Bearer " + scenario.token());
    }
    if (scenario.body() != null) {
      request.header("Content-Type", "application/json");
    }
    if (scenario.prefer() != null) {
      request.header("Prefer", scenario.prefer());
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String body = response.body() == null || response.body().isEmpty() ? null : response.body();
    return new ApiResponse(response.statusCode(), response.headers().map(), body);
  }

  private static Map<String, Scenario> scenarios() {
    Map<String, Scenario> scenarios = new LinkedHashMap<>();
    String remove42 = DEVELOPERS_USERS + "/" + Demo.ADA;
    String addGrace = "{\"user_id\":" + Demo.GRACE + "}";

    scenarios.put("listGroupUsers 200", Scenario.send("the admin lists developers", "GET", DEVELOPERS_USERS,
        Demo.ADMIN_TOKEN, null));
    scenarios.put("listGroupUsers 400", Scenario.send("Prefer: code=400, as no GET is malformed by the contract",
        "GET", DEVELOPERS_USERS, Demo.ADMIN_TOKEN, null).preferring(400));
    scenarios.put("listGroupUsers 401", Scenario.send("an unknown token", "GET", DEVELOPERS_USERS, UNKNOWN_TOKEN,
        null));
    scenarios.put("listGroupUsers 403", Scenario.send("a user without rights", "GET", DEVELOPERS_USERS,
        Demo.NO_PERMISSION_TOKEN, null));
    scenarios.put("listGroupUsers 404", Scenario.send("a group that does not exist", "GET",
        "/groups/no-such-group/users", Demo.ADMIN_TOKEN, null));
    scenarios.put("listGroupUsers 429", Scenario.send("a used-up rate limit", "GET", DEVELOPERS_USERS,
        Demo.ADMIN_TOKEN, null).overTheRateLimit());

    scenarios.put("addUserToGroup 200", Scenario.send("the admin adds user 44 to developers", "POST",
        DEVELOPERS_USERS, Demo.ADMIN_TOKEN, addGrace));
    scenarios.put("addUserToGroup 400", Scenario.send("a user_id that is not a number", "POST", DEVELOPERS_USERS,
        Demo.ADMIN_TOKEN, "{\"user_id\":\"abc\"}"));
    scenarios.put("addUserToGroup 401", Scenario.send("an unknown token", "POST", DEVELOPERS_USERS, UNKNOWN_TOKEN,
        addGrace));
    scenarios.put("addUserToGroup 402", Scenario.send("a company whose tariff has no groups", "POST",
        ENGINEERING_USERS, Demo.NO_GROUPS_TARIFF_TOKEN, "{\"user_id\":101}"));
    scenarios.put("addUserToGroup 403", Scenario.send("a user without rights", "POST", DEVELOPERS_USERS,
        Demo.NO_PERMISSION_TOKEN, addGrace));
    scenarios.put("addUserToGroup 404", Scenario.send("a user who does not exist", "POST", DEVELOPERS_USERS,
        Demo.ADMIN_TOKEN, "{\"user_id\":999}"));
    scenarios.put("addUserToGroup 429", Scenario.send("a used-up rate limit", "POST", DEVELOPERS_USERS,
        Demo.ADMIN_TOKEN, addGrace).overTheRateLimit());

    scenarios.put("removeUserFromGroup 200", Scenario.send("the admin removes user 42 from developers", "DELETE",
        remove42, Demo.ADMIN_TOKEN, null));
    scenarios.put("removeUserFromGroup 400", Scenario.send("a user_id that is not a number", "DELETE",
        DEVELOPERS_USERS + "/abc", Demo.ADMIN_TOKEN, null));
    scenarios.put("removeUserFromGroup 401", Scenario.send("an unknown token", "DELETE", remove42, UNKNOWN_TOKEN,
        null));
    scenarios.put("removeUserFromGroup 402", Scenario.send("a company whose tariff has no groups", "DELETE",
        ENGINEERING_USERS + "/101", Demo.NO_GROUPS_TARIFF_TOKEN, null));
    scenarios.put("removeUserFromGroup 403", Scenario.send("a user without rights", "DELETE", remove42,
        Demo.NO_PERMISSION_TOKEN, null));
    scenarios.put("removeUserFromGroup 404", Scenario.send("a user who is not a member", "DELETE",
        DEVELOPERS_USERS + "/" + Demo.GRACE, Demo.ADMIN_TOKEN, null));
    scenarios.put("removeUserFromGroup 429", Scenario.send("a used-up rate limit", "DELETE", remove42,
        Demo.ADMIN_TOKEN, null).overTheRateLimit());
    groupsArea(scenarios);
    return Map.copyOf(scenarios);
  }

  /** The groups area beyond the seed's three operations, as the demo fixture reaches each status. */
  private static void groupsArea(Map<String, Scenario> scenarios) {
    String groups = "/company/groups";
    String developers = groups + "/" + Demo.DEVELOPERS;
    String admins = "/groups/" + Demo.DEVELOPERS + "/admins";
    String qa = "{\"name\":\"QA\"}";
    String devs = "{\"name\":\"Devs\"}";
    String ada = "{\"user_id\":" + Demo.ADA + "}";
    String preferOnly = "Prefer, as no state of the data reaches it";

    everyOperation(scenarios, "listGroups", Scenario.send("the admin lists the groups", "GET", groups, Demo.ADMIN_TOKEN, null));
    scenarios.put("listGroups 400", Scenario.send("a limit that is not a number", "GET", groups + "?limit=ten",
        Demo.ADMIN_TOKEN, null));
    scenarios.put("listGroups 403", Scenario.send("a user without rights", "GET", groups, Demo.NO_PERMISSION_TOKEN, null));
    scenarios.put("listGroups 404", Scenario.send(preferOnly, "GET", groups, Demo.ADMIN_TOKEN, null).preferring(404));

    everyOperation(scenarios, "createGroup", Scenario.send("the admin creates QA", "POST", groups, Demo.ADMIN_TOKEN, qa));
    scenarios.put("createGroup 400", Scenario.send("an empty name", "POST", groups, Demo.ADMIN_TOKEN, "{\"name\":\"\"}"));
    scenarios.put("createGroup 402", Scenario.send("a company whose tariff has no groups", "POST", groups,
        Demo.NO_GROUPS_TARIFF_TOKEN, qa));
    scenarios.put("createGroup 403", Scenario.send("a user without rights", "POST", groups, Demo.NO_PERMISSION_TOKEN, qa));
    scenarios.put("createGroup 404", Scenario.send(preferOnly, "POST", groups, Demo.ADMIN_TOKEN, qa).preferring(404));

    everyOperation(scenarios, "getGroup", Scenario.send("a group admin reads developers", "GET", developers,
        Demo.GROUP_ADMIN_TOKEN, null));
    scenarios.put("getGroup 403", Scenario.send("a group admin reads a group they do not manage", "GET",
        groups + "/designers", Demo.GROUP_ADMIN_TOKEN, null));
    scenarios.put("getGroup 404", Scenario.send("another company's token", "GET", developers,
        Demo.OTHER_COMPANY_TOKEN, null));

    everyOperation(scenarios, "updateGroup", Scenario.send("the admin renames developers", "PATCH", developers,
        Demo.ADMIN_TOKEN, devs));
    scenarios.put("updateGroup 400", Scenario.send("an empty name", "PATCH", developers, Demo.ADMIN_TOKEN,
        "{\"name\":\"\"}"));
    scenarios.put("updateGroup 402", Scenario.send("a company whose tariff has no groups", "PATCH",
        groups + "/" + Demo.ENGINEERING, Demo.NO_GROUPS_TARIFF_TOKEN, "{\"name\":\"E\"}"));
    scenarios.put("updateGroup 403", Scenario.send("a group admin, who may not rename", "PATCH", developers,
        Demo.GROUP_ADMIN_TOKEN, devs));
    scenarios.put("updateGroup 404", Scenario.send("a group that does not exist", "PATCH", groups + "/no-such-group",
        Demo.ADMIN_TOKEN, devs));

    everyOperation(scenarios, "removeGroup", Scenario.send("the admin removes designers", "DELETE",
        groups + "/designers", Demo.ADMIN_TOKEN, null));
    scenarios.put("removeGroup 403", Scenario.send("a group admin, who may not remove", "DELETE", developers,
        Demo.GROUP_ADMIN_TOKEN, null));
    scenarios.put("removeGroup 404", Scenario.send("another company's token", "DELETE", developers,
        Demo.OTHER_COMPANY_TOKEN, null));

    everyOperation(scenarios, "listGroupAdmins", Scenario.send("the admin lists the admins of developers", "GET",
        admins, Demo.ADMIN_TOKEN, null));
    scenarios.put("listGroupAdmins 403", Scenario.send("a user without rights", "GET", admins,
        Demo.NO_PERMISSION_TOKEN, null));
    scenarios.put("listGroupAdmins 404", Scenario.send("another company's token", "GET", admins,
        Demo.OTHER_COMPANY_TOKEN, null));

    everyOperation(scenarios, "addAdminToGroup", Scenario.send("the admin makes user 42 an admin", "POST", admins,
        Demo.ADMIN_TOKEN, ada));
    scenarios.put("addAdminToGroup 400", Scenario.send("a body without user_id", "POST", admins, Demo.ADMIN_TOKEN, "{}"));
    scenarios.put("addAdminToGroup 402", Scenario.send("a company whose tariff has no groups", "POST",
        "/groups/" + Demo.ENGINEERING + "/admins", Demo.NO_GROUPS_TARIFF_TOKEN, "{\"user_id\":101}"));
    scenarios.put("addAdminToGroup 403", Scenario.send("a user without rights", "POST", admins,
        Demo.NO_PERMISSION_TOKEN, ada));
    scenarios.put("addAdminToGroup 404", Scenario.send("a user who does not exist", "POST", admins,
        Demo.ADMIN_TOKEN, "{\"user_id\":9999}"));

    everyOperation(scenarios, "removeAdminFromGroup", Scenario.send("the admin removes admin 3", "DELETE",
        admins + "/3", Demo.ADMIN_TOKEN, null));
    scenarios.put("removeAdminFromGroup 400", Scenario.send("a user_id that is not a number", "DELETE",
        admins + "/abc", Demo.ADMIN_TOKEN, null));
    scenarios.put("removeAdminFromGroup 402", Scenario.send("a company whose tariff has no groups", "DELETE",
        "/groups/" + Demo.ENGINEERING + "/admins/101", Demo.NO_GROUPS_TARIFF_TOKEN, null));
    scenarios.put("removeAdminFromGroup 403", Scenario.send("a user without rights", "DELETE", admins + "/3",
        Demo.NO_PERMISSION_TOKEN, null));
    scenarios.put("removeAdminFromGroup 404", Scenario.send("a user who is not an admin", "DELETE",
        admins + "/" + Demo.ADA, Demo.ADMIN_TOKEN, null));

    everyOperation(scenarios, "getCurrentUser", Scenario.send("the admin's token", "GET", "/users/current",
        Demo.ADMIN_TOKEN, null));
    scenarios.put("getCurrentUser 403", Scenario.send("a deactivated user", "GET", "/users/current",
        Demo.DEACTIVATED_TOKEN, null));
    scenarios.put("getCurrentUser 404", Scenario.send(preferOnly, "GET", "/users/current", Demo.ADMIN_TOKEN, null)
        .preferring(404));

    everyOperation(scenarios, "listUsers", Scenario.send("a user without the Members section searches ada", "GET",
        "/users?query=ada", Demo.NO_PERMISSION_TOKEN, null));
    scenarios.put("listUsers 400", Scenario.send("a limit over the documented 100", "GET", "/users?limit=101",
        Demo.ADMIN_TOKEN, null));
    scenarios.put("listUsers 403", Scenario.send("a deactivated user", "GET", "/users", Demo.DEACTIVATED_TOKEN, null));
  }

  /** The 200 of a request that works, and its 401 and 429: an unknown token, a used-up rate limit. */
  private static void everyOperation(Map<String, Scenario> scenarios, String operationId, Scenario works) {
    scenarios.put(operationId + " 200", works);
    scenarios.put(operationId + " 401", new Scenario("an unknown token", works.method(), works.path(), UNKNOWN_TOKEN,
        works.body(), null, false));
    scenarios.put(operationId + " 429", new Scenario("a used-up rate limit", works.method(), works.path(),
        works.token(), works.body(), null, true));
  }
}
