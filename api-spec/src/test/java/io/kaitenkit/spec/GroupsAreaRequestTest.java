package io.kaitenkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests of the groups area against the contract: pagination, query types, bodies. */
class GroupsAreaRequestTest {
  private final KaitenApiSpec spec = KaitenApiSpec.bundled();

  @Test
  void listingUsersAllowsAtMostAHundred() {
    assertThat(spec.validateRequest("listUsers", get("/users", "limit=100"))).isEmpty();
    assertThat(spec.validateRequest("listUsers", get("/users", "limit=101")))
        .containsExactly(new Violation("query 'limit'", "Maximum is '100', found '101'."));
    assertThat(spec.validateRequest("listUsers", get("/users", "limit=0")))
        .containsExactly(new Violation("query 'limit'", "Minimum is '1', found '0'."));
  }

  @Test
  void listingUsersTakesEveryDocumentedFilter() {
    ApiRequest everything = get("/users", "query=ada&ids=42,43&limit=10&offset=5&include_inactive=true&type=user"
        + "&access_type_permissions=read&exclude_directly_added_members_by_entity_uid=abc");

    assertThat(spec.validateRequest("listUsers", everything)).isEmpty();
    assertThat(spec.validateRequest("listUsers", get("/users", null))).isEmpty();
  }

  @Test
  void idsAreCommaSeparatedIntegers() {
    assertThat(spec.validateRequest("listUsers", get("/users", "ids=42"))).isEmpty();
    assertThat(spec.validateRequest("listUsers", get("/users", "ids=42,ada")))
        .extracting(Violation::location).containsOnly("query 'ids.1'");
    assertThat(spec.validateRequest("listUsers", get("/users", "include_inactive=yes")))
        .containsExactly(new Violation("query 'include_inactive'", "Type expected 'boolean', found 'string'."));
  }

  @Test
  void listingGroupsChecksItsQueryTypes() {
    assertThat(spec.validateRequest("listGroups", get("/company/groups",
        "query=dev&limit=1000&offset=0&condition=2&with_users_count=true&with_tree_entities=false"
            + "&with_sync_group_attribute=true"))).isEmpty();
    assertThat(spec.validateRequest("listGroups", get("/company/groups", "limit=ten")))
        .containsExactly(new Violation("query 'limit'", "Type expected 'integer', found 'string'."));
    assertThat(spec.validateRequest("listGroups", get("/company/groups", "condition=3")))
        .containsExactly(new Violation("query 'condition'", "Value '3' is not defined in the schema."));
    assertThat(spec.validateRequest("listGroups", get("/company/groups", "offset=-1")))
        .containsExactly(new Violation("query 'offset'", "Minimum is '0', found '-1'."));
  }

  @Test
  void creatingAGroupNeedsANameOfOneTo512Characters() {
    assertThat(spec.validateRequest("createGroup", send("POST", "/company/groups", "{\"name\":\"Developers\"}")))
        .isEmpty();
    assertThat(spec.validateRequest("createGroup", send("POST", "/company/groups",
        "{\"name\":\"" + "x".repeat(512) + "\",\"permissions\":1025,\"add_to_cards_and_spaces_enabled\":true}")))
        .isEmpty();
    assertThat(spec.validateRequest("createGroup", send("POST", "/company/groups", "{\"permissions\":1}")))
        .containsExactly(new Violation("body", "Field 'name' is required."));
    assertThat(spec.validateRequest("createGroup", send("POST", "/company/groups",
        "{\"name\":\"" + "x".repeat(513) + "\"}")))
        .containsExactly(new Violation("body.name", "Max length is '512', found '513'."));
    assertThat(spec.validateRequest("createGroup", send("POST", "/company/groups", "{\"name\":\"\"}")))
        .containsExactly(new Violation("body.name", "Min length is '1', found '0'."));
    assertThat(spec.validateRequest("createGroup", send("POST", "/company/groups", null)))
        .containsExactly(new Violation("body", "Body is required but none provided."));
  }

  @Test
  void creatingAGroupChecksTheTypesOfItsOptionalAttributes() {
    assertThat(spec.validateRequest("createGroup", send("POST", "/company/groups",
        "{\"name\":\"ok\",\"permissions\":\"1\",\"add_to_cards_and_spaces_enabled\":1}")))
        .containsExactlyInAnyOrder(
            new Violation("body.permissions", "Type expected 'integer', found 'string'."),
            new Violation("body.add_to_cards_and_spaces_enabled", "Type expected 'boolean', found 'integer'."));
    assertThat(spec.validateRequest("createGroup", send("POST", "/company/groups",
        "{\"name\":\"ok\",\"permissions\":-1}")))
        .containsExactly(new Violation("body.permissions", "Minimum is '0', found '-1'."));
  }

  @Test
  void updatingAGroupRequiresNoAttribute() {
    assertThat(spec.validateRequest("updateGroup", send("PATCH", "/company/groups/developers", "{}"))).isEmpty();
    assertThat(spec.validateRequest("updateGroup", send("PATCH", "/company/groups/developers",
        "{\"permissions\":3}"))).isEmpty();
    assertThat(spec.validateRequest("updateGroup", send("PATCH", "/company/groups/developers",
        "{\"name\":\"" + "x".repeat(513) + "\"}")))
        .containsExactly(new Violation("body.name", "Max length is '512', found '513'."));
    assertThat(spec.validateRequest("updateGroup", send("PATCH", "/company/groups/developers", "{\"name\":null}")))
        .containsExactly(new Violation("body.name", "Null value is not allowed."));
  }

  @Test
  void addingAnAdminNeedsAUserId() {
    assertThat(spec.validateRequest("addAdminToGroup", send("POST", "/groups/developers/admins", "{\"user_id\":43}")))
        .isEmpty();
    assertThat(spec.validateRequest("addAdminToGroup", send("POST", "/groups/developers/admins", "{}")))
        .containsExactly(new Violation("body", "Field 'user_id' is required."));
  }

  @Test
  void removingAnAdminNeedsANumericUserId() {
    assertThat(spec.validateRequest("removeAdminFromGroup", send("DELETE", "/groups/developers/admins/43", null)))
        .isEmpty();
    assertThat(spec.validateRequest("removeAdminFromGroup", send("DELETE", "/groups/developers/admins/abc", null)))
        .extracting(Violation::location).isNotEmpty().containsOnly("path 'user_id'");
  }

  @Test
  void everyOperationOfTheAreaNeedsABearerToken() {
    for (ApiOperation operation : spec.operations()) {
      String path = operation.path().replace("{uid}", "developers").replace("{group_uid}", "developers")
          .replace("{user_id}", "42");
      ApiRequest anonymous = ApiRequest.of(operation.method(), "/api/latest" + path);

      assertThat(spec.validateRequest(operation.id(), anonymous)).as(operation.id())
          .extracting(Violation::location).contains("header 'Authorization'");
    }
  }

  @Test
  void requestsFindTheirOperation() {
    assertThat(spec.findOperation("GET", "/api/latest/users/current")).map(ApiOperation::id).contains("getCurrentUser");
    assertThat(spec.findOperation("GET", "/api/latest/users")).map(ApiOperation::id).contains("listUsers");
    assertThat(spec.findOperation("PATCH", "/api/latest/company/groups/6f1c")).map(ApiOperation::id)
        .contains("updateGroup");
    assertThat(spec.findOperation("DELETE", "/api/latest/groups/developers/admins/43")).map(ApiOperation::id)
        .contains("removeAdminFromGroup");
    assertThat(spec.findOperation("PUT", "/api/latest/company/groups/6f1c")).isEmpty();
    assertThat(spec.findOperation("GET", "/api/latest/groups/developers")).isEmpty();
  }

  private static ApiRequest get(String path, String query) {
    return new ApiRequest("GET", "/api/latest" + path, query,
        Map.of("Authorization", List.of("Bearer example-token")), null);
  }

  private static ApiRequest send(String method, String path, String body) {
    ApiRequest request = ApiRequest.of(method, "/api/latest" + path).withHeader("Authorization", "Bearer example-token");
    return body == null ? request : request.withHeader("Content-Type", "application/json").withBody(body);
  }
}
