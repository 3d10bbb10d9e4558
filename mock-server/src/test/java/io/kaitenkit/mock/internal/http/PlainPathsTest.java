package io.kaitenkit.mock.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain paths find the operation, and the parameter values, that the contract's own matching finds. */
class PlainPathsTest {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();

  private final PlainPaths paths = new PlainPaths();
  private final Map<CallHandler, ApiOperation> operationOf = new HashMap<>();

  PlainPathsTest() {
    for (ApiOperation operation : SPEC.operations()) {
      CallHandler handler = new CallHandler(SPEC, operation, null, null);
      paths.add(SPEC.basePath(), operation, handler);
      operationOf.put(handler, operation);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /company/groups", "POST /company/groups", "GET /company/groups/developers",
      "PATCH /company/groups/g-1", "DELETE /company/groups/developers", "PUT /company/groups/developers",
      "GET /company/groups/developers/users", "GET /company", "GET /groups", "GET /groups/developers/users", "POST /groups/developers/users",
      "DELETE /groups/developers/users/42", "GET /groups/designers/admins", "DELETE /groups/x/admins/7",
      "GET /users/current", "GET /users", "GET /groups/developers/users/42",
      "GET /groups/developers/users/42/more", "GET /cards", "DELETE /groups/developers/users"})
  void aPlainPathFindsWhatTheContractFinds(String request) {
    String method = request.substring(0, request.indexOf(' '));
    String path = SPEC.basePath() + request.substring(request.indexOf(' ') + 1);
    Optional<ApiOperation> expected = SPEC.findOperation(method, path);

    PlainPaths.Match match = paths.match(method, path);

    assertThat(Optional.ofNullable(match).map(m -> operationOf.get(m.handler()))).isEqualTo(expected);
  }

  @Test
  void theParametersAreTheSegmentsTheTemplateNames() {
    PlainPaths.Match match = paths.match("DELETE", SPEC.basePath() + "/groups/dev-team_2/users/42");

    assertThat(operationOf.get(match.handler()).id()).isEqualTo("removeUserFromGroup");
    assertThat(match.pathParams()).isEqualTo(Map.of("group_uid", "dev-team_2", "user_id", "42"));
    assertThat(paths.match("GET", SPEC.basePath() + "/company/groups").pathParams()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/latest/groups/dev%20team", "/api/latest/groups/./developers",
      "/api/latest/groups/../groups", "/api/latest//groups", "/api/latest/groups/", "/api/latest/groups/a+b",
      "/api/latest/groups/dev team", "/api/latest/groups/ад", "", "/", "groups"})
  void aPathThatNeedsDecodingOrNormalisingIsLeftToTheRoutes(String path) {
    assertThat(PlainPaths.isPlain(path)).isFalse();
    assertThat(paths.match("GET", path)).isNull();
  }

  @Test
  void plainPathsMayHoldDotsInsideASegment() {
    assertThat(PlainPaths.isPlain("/api/latest/groups/v1.2")).isTrue();
    assertThat(PlainPaths.isPlain("/api/latest/groups/...")).isTrue();
    assertThat(PlainPaths.isPlain("/api/latest/groups/..")).isFalse();
  }

  @Test
  void aTemplateWithAParameterInsideASegmentLeavesTheRestOfItsMethodToTheRoutes() {
    PlainPaths mixed = new PlainPaths();
    ApiOperation partial = new ApiOperation("exportGroup", "GET", "/company/groups/{uid}.csv", new TreeMap<>(), null);
    ApiOperation whole = SPEC.operations().stream().filter(op -> op.id().equals("getGroup")).findFirst().orElseThrow();
    mixed.add("/api/latest", partial, new CallHandler(SPEC, partial, null, null));
    mixed.add("/api/latest", whole, new CallHandler(SPEC, whole, null, null));

    assertThat(mixed.match("GET", "/api/latest/company/groups/developers")).isNull();
    assertThat(paths.match("GET", "/api/latest/company/groups/developers")).isNotNull();
  }
}
