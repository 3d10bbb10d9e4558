package io.kaitenkit.mock;

import static io.kaitenkit.mock.DemoFixture.ADMIN_TOKEN;
import static io.kaitenkit.mock.DemoFixture.DEACTIVATED_TOKEN;
import static io.kaitenkit.mock.DemoFixture.GROUP_ADMIN_TOKEN;
import static io.kaitenkit.mock.DemoFixture.NO_GROUPS_TARIFF_TOKEN;
import static io.kaitenkit.mock.DemoFixture.NO_PERMISSION_TOKEN;
import static io.kaitenkit.mock.DemoFixture.OTHER_COMPANY_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented status of every operation, reached from the demo fixture with no set-up: the list
 * the README's demo tables and the closing curl list are made of. Strict mode (on through the
 * extension) fails a row whose answer breaks the contract; a rejected request changes nothing.
 */
class DemoStatusesTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  private static final String UNKNOWN = "no-such-token";

  /** One request of the demo and the status it gets; {@code prefer} marks the statuses only Prefer reaches. */
  record Row(String operationId, int status, String method, String path, String token, String body, boolean prefer) {
    @Override
    public String toString() {
      return operationId + " " + status + ": " + method + " " + path + " as " + token
          + (body == null ? "" : " " + body) + (prefer ? " (Prefer: code=" + status + ")" : "");
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        row("listGroups", 200, "GET", "/company/groups", ADMIN_TOKEN, null),
        row("listGroups", 400, "GET", "/company/groups?limit=ten", ADMIN_TOKEN, null),
        row("listGroups", 401, "GET", "/company/groups", UNKNOWN, null),
        row("listGroups", 403, "GET", "/company/groups", NO_PERMISSION_TOKEN, null),
        prefer("listGroups", 404, "GET", "/company/groups"),
        prefer("listGroups", 429, "GET", "/company/groups"),
        row("createGroup", 200, "POST", "/company/groups", ADMIN_TOKEN, "{\"name\":\"QA\"}"),
        row("createGroup", 400, "POST", "/company/groups", ADMIN_TOKEN, "{\"name\":\"\"}"),
        row("createGroup", 401, "POST", "/company/groups", UNKNOWN, "{\"name\":\"QA\"}"),
        row("createGroup", 402, "POST", "/company/groups", NO_GROUPS_TARIFF_TOKEN, "{\"name\":\"QA\"}"),
        row("createGroup", 403, "POST", "/company/groups", NO_PERMISSION_TOKEN, "{\"name\":\"QA\"}"),
        prefer("createGroup", 404, "POST", "/company/groups", "{\"name\":\"QA\"}"),
        prefer("createGroup", 429, "POST", "/company/groups", "{\"name\":\"QA\"}"),
        row("getGroup", 200, "GET", "/company/groups/developers", GROUP_ADMIN_TOKEN, null),
        row("getGroup", 401, "GET", "/company/groups/developers", UNKNOWN, null),
        row("getGroup", 403, "GET", "/company/groups/designers", GROUP_ADMIN_TOKEN, null),
        row("getGroup", 404, "GET", "/company/groups/developers", OTHER_COMPANY_TOKEN, null),
        prefer("getGroup", 429, "GET", "/company/groups/developers"),
        row("updateGroup", 200, "PATCH", "/company/groups/developers", ADMIN_TOKEN, "{\"name\":\"Devs\"}"),
        row("updateGroup", 400, "PATCH", "/company/groups/developers", ADMIN_TOKEN, "{\"name\":\"\"}"),
        row("updateGroup", 401, "PATCH", "/company/groups/developers", UNKNOWN, "{\"name\":\"Devs\"}"),
        row("updateGroup", 402, "PATCH", "/company/groups/engineering", NO_GROUPS_TARIFF_TOKEN, "{\"name\":\"E\"}"),
        row("updateGroup", 403, "PATCH", "/company/groups/developers", GROUP_ADMIN_TOKEN, "{\"name\":\"Devs\"}"),
        row("updateGroup", 404, "PATCH", "/company/groups/no-such-group", ADMIN_TOKEN, "{\"name\":\"Devs\"}"),
        prefer("updateGroup", 429, "PATCH", "/company/groups/developers", "{\"name\":\"Devs\"}"),
        row("removeGroup", 200, "DELETE", "/company/groups/designers", ADMIN_TOKEN, null),
        row("removeGroup", 401, "DELETE", "/company/groups/designers", UNKNOWN, null),
        row("removeGroup", 403, "DELETE", "/company/groups/developers", GROUP_ADMIN_TOKEN, null),
        row("removeGroup", 404, "DELETE", "/company/groups/developers", OTHER_COMPANY_TOKEN, null),
        prefer("removeGroup", 429, "DELETE", "/company/groups/designers"),
        row("listGroupUsers", 200, "GET", "/groups/developers/users", GROUP_ADMIN_TOKEN, null),
        row("listGroupUsers", 400, "GET", "/groups/dev%zzops/users", ADMIN_TOKEN, null),
        row("listGroupUsers", 401, "GET", "/groups/developers/users", UNKNOWN, null),
        row("listGroupUsers", 403, "GET", "/groups/developers/users", NO_PERMISSION_TOKEN, null),
        row("listGroupUsers", 404, "GET", "/groups/developers/users", OTHER_COMPANY_TOKEN, null),
        prefer("listGroupUsers", 429, "GET", "/groups/developers/users"),
        row("addUserToGroup", 200, "POST", "/groups/developers/users", ADMIN_TOKEN, "{\"user_id\":2}"),
        row("addUserToGroup", 400, "POST", "/groups/developers/users", ADMIN_TOKEN, "{\"user_id\":\"two\"}"),
        row("addUserToGroup", 401, "POST", "/groups/developers/users", UNKNOWN, "{\"user_id\":2}"),
        row("addUserToGroup", 402, "POST", "/groups/engineering/users", NO_GROUPS_TARIFF_TOKEN, "{\"user_id\":100}"),
        row("addUserToGroup", 403, "POST", "/groups/developers/users", NO_PERMISSION_TOKEN, "{\"user_id\":2}"),
        row("addUserToGroup", 404, "POST", "/groups/developers/users", ADMIN_TOKEN, "{\"user_id\":101}"),
        prefer("addUserToGroup", 429, "POST", "/groups/developers/users", "{\"user_id\":2}"),
        row("removeUserFromGroup", 200, "DELETE", "/groups/developers/users/42", ADMIN_TOKEN, null),
        row("removeUserFromGroup", 400, "DELETE", "/groups/developers/users/abc", ADMIN_TOKEN, null),
        row("removeUserFromGroup", 401, "DELETE", "/groups/developers/users/42", UNKNOWN, null),
        row("removeUserFromGroup", 402, "DELETE", "/groups/engineering/users/101", NO_GROUPS_TARIFF_TOKEN, null),
        row("removeUserFromGroup", 403, "DELETE", "/groups/developers/users/42", NO_PERMISSION_TOKEN, null),
        row("removeUserFromGroup", 404, "DELETE", "/groups/developers/users/44", ADMIN_TOKEN, null),
        prefer("removeUserFromGroup", 429, "DELETE", "/groups/developers/users/42"),
        row("listGroupAdmins", 200, "GET", "/groups/developers/admins", ADMIN_TOKEN, null),
        row("listGroupAdmins", 401, "GET", "/groups/developers/admins", UNKNOWN, null),
        row("listGroupAdmins", 403, "GET", "/groups/developers/admins", NO_PERMISSION_TOKEN, null),
        row("listGroupAdmins", 404, "GET", "/groups/developers/admins", OTHER_COMPANY_TOKEN, null),
        prefer("listGroupAdmins", 429, "GET", "/groups/developers/admins"),
        row("addAdminToGroup", 200, "POST", "/groups/developers/admins", ADMIN_TOKEN, "{\"user_id\":42}"),
        row("addAdminToGroup", 400, "POST", "/groups/developers/admins", ADMIN_TOKEN, "{}"),
        row("addAdminToGroup", 401, "POST", "/groups/developers/admins", UNKNOWN, "{\"user_id\":42}"),
        row("addAdminToGroup", 402, "POST", "/groups/engineering/admins", NO_GROUPS_TARIFF_TOKEN, "{\"user_id\":101}"),
        row("addAdminToGroup", 403, "POST", "/groups/developers/admins", NO_PERMISSION_TOKEN, "{\"user_id\":42}"),
        row("addAdminToGroup", 404, "POST", "/groups/developers/admins", ADMIN_TOKEN, "{\"user_id\":9999}"),
        prefer("addAdminToGroup", 429, "POST", "/groups/developers/admins", "{\"user_id\":42}"),
        row("removeAdminFromGroup", 200, "DELETE", "/groups/developers/admins/3", ADMIN_TOKEN, null),
        row("removeAdminFromGroup", 400, "DELETE", "/groups/developers/admins/abc", ADMIN_TOKEN, null),
        row("removeAdminFromGroup", 401, "DELETE", "/groups/developers/admins/3", UNKNOWN, null),
        row("removeAdminFromGroup", 402, "DELETE", "/groups/engineering/admins/101", NO_GROUPS_TARIFF_TOKEN, null),
        row("removeAdminFromGroup", 403, "DELETE", "/groups/developers/admins/3", NO_PERMISSION_TOKEN, null),
        row("removeAdminFromGroup", 404, "DELETE", "/groups/developers/admins/42", ADMIN_TOKEN, null),
        prefer("removeAdminFromGroup", 429, "DELETE", "/groups/developers/admins/3"),
        row("getCurrentUser", 200, "GET", "/users/current", ADMIN_TOKEN, null),
        row("getCurrentUser", 401, "GET", "/users/current", UNKNOWN, null),
        row("getCurrentUser", 403, "GET", "/users/current", DEACTIVATED_TOKEN, null),
        prefer("getCurrentUser", 404, "GET", "/users/current"),
        prefer("getCurrentUser", 429, "GET", "/users/current"),
        row("listUsers", 200, "GET", "/users?query=ada", NO_PERMISSION_TOKEN, null),
        row("listUsers", 400, "GET", "/users?limit=101", ADMIN_TOKEN, null),
        row("listUsers", 401, "GET", "/users", UNKNOWN, null),
        row("listUsers", 403, "GET", "/users", DEACTIVATED_TOKEN, null),
        prefer("listUsers", 429, "GET", "/users"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theDemoReachesTheStatus(Row row) throws Exception {
    String before = kaiten().state().toJson();
    if (row.path().contains("%zz")) {
      // java.net.URI refuses broken percent-encoding: sent raw, as curl sends it
      RawExchange.Answer raw = RawExchange.send(kaiten().port(), (row.method() + " " + URI.create(kaiten().baseUrl())
          .getPath() + row.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + row.token()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      assertThat(raw.status()).as(row.toString()).isEqualTo(row.status());
      assertThat(raw.body()).contains("{\"message\":").contains("%zz");
      assertThat(kaiten().state().toJson()).isEqualTo(before);
      return;
    }
    TestHttp request = TestHttp.request(row.method(), kaiten().baseUrl() + row.path()).token(row.token());
    if (row.body() != null) {
      request.json(row.body());
    }
    if (row.prefer()) {
      request.header("Prefer", "code=" + row.status());
    }

    TestHttp.Answer answer = request.send();

    assertThat(answer.status()).as(row.toString()).isEqualTo(row.status());
    MockAssertions.assertConforms(row.operationId(), answer);
    if (row.status() != 200) {
      assertThat(kaiten().state().toJson()).as("a rejected request changes nothing").isEqualTo(before);
    }
  }

  @Test
  void everyDocumentedStatusOfEveryOperationIsReached() {
    Map<String, TreeSet<Integer>> reached = rows().collect(Collectors.groupingBy(Row::operationId, TreeMap::new,
        Collectors.mapping(Row::status, Collectors.toCollection(TreeSet::new))));
    Map<String, TreeSet<Integer>> documented = new TreeMap<>();
    for (ApiOperation operation : KaitenApiSpec.bundled().operations()) {
      documented.put(operation.id(), new TreeSet<>(operation.statuses()));
    }

    assertThat(reached).isEqualTo(documented);
  }

  private static Row row(String operationId, int status, String method, String path, String token, String body) {
    return new Row(operationId, status, method, path, token, body, false);
  }

  private static Row prefer(String operationId, int status, String method, String path) {
    return prefer(operationId, status, method, path, null);
  }

  private static Row prefer(String operationId, int status, String method, String path, String body) {
    return new Row(operationId, status, method, path, ADMIN_TOKEN, body, true);
  }

  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }
}
