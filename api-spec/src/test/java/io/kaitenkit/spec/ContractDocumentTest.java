package io.kaitenkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundled contract's operations and documented statuses, as the groups area's agreed table lays them out. */
class ContractDocumentTest {
  /** Operation id -> "METHOD path", in document order. */
  private static final Map<String, String> ROUTES = new LinkedHashMap<>();
  /** Operation id -> the statuses it documents. */
  private static final Map<String, List<Integer>> STATUSES = new LinkedHashMap<>();

  static {
    route("listGroups", "GET /company/groups", 200, 400, 401, 403, 404, 429);
    route("createGroup", "POST /company/groups", 200, 400, 401, 402, 403, 404, 429);
    route("getGroup", "GET /company/groups/{uid}", 200, 401, 403, 404, 429);
    route("updateGroup", "PATCH /company/groups/{uid}", 200, 400, 401, 402, 403, 404, 429);
    route("removeGroup", "DELETE /company/groups/{uid}", 200, 401, 403, 404, 429);
    route("listGroupUsers", "GET /groups/{group_uid}/users", 200, 400, 401, 403, 404, 429);
    route("addUserToGroup", "POST /groups/{group_uid}/users", 200, 400, 401, 402, 403, 404, 429);
    route("removeUserFromGroup", "DELETE /groups/{group_uid}/users/{user_id}", 200, 400, 401, 402, 403, 404, 429);
    route("listGroupAdmins", "GET /groups/{group_uid}/admins", 200, 401, 403, 404, 429);
    route("addAdminToGroup", "POST /groups/{group_uid}/admins", 200, 400, 401, 402, 403, 404, 429);
    route("removeAdminFromGroup", "DELETE /groups/{group_uid}/admins/{user_id}", 200, 400, 401, 402, 403, 404, 429);
    route("getCurrentUser", "GET /users/current", 200, 401, 403, 404, 429);
    route("listUsers", "GET /users", 200, 400, 401, 403, 429);
  }

  private static final Pattern QUOTED = Pattern.compile("'([a-z_]+)'|body\\.([a-z_]+)");

  private final KaitenApiSpec spec = KaitenApiSpec.bundled();

  private static void route(String id, String route, Integer... statuses) {
    ROUTES.put(id, route);
    STATUSES.put(id, List.of(statuses));
  }

  @Test
  void bundledContractParsesAndValidatesUnderOpenApi4j() {
    // load() parses with OpenAPI4J's document validation switched on; a schema error throws.
    KaitenApiSpec fresh = KaitenApiSpec.load(
        getClass().getClassLoader().getResource(KaitenApiSpec.BUNDLED_RESOURCE));

    assertThat(fresh.operationIds()).isEqualTo(spec.operationIds());
  }

  @Test
  void servesTheThirteenOperationsOfTheGroupsAreaUnderApiLatest() {
    assertThat(spec.basePath()).isEqualTo("/api/latest");
    assertThat(spec.operationIds()).containsExactlyElementsOf(ROUTES.keySet());
    for (ApiOperation operation : spec.operations()) {
      assertThat(operation.method() + " " + operation.path()).as(operation.id()).isEqualTo(ROUTES.get(operation.id()));
    }
  }

  @Test
  void everyOperationDocumentsExactlyTheAgreedStatuses() {
    for (ApiOperation operation : spec.operations()) {
      assertThat(operation.statuses()).as(operation.id()).containsExactlyElementsOf(STATUSES.get(operation.id()));
    }
  }

  @Test
  void creatingAGroupAnswers200Not201() {
    ApiOperation create = spec.operation("createGroup");

    assertThat(create.success().status()).isEqualTo(200);
    assertThat(create.documents(201)).isFalse();
    assertThat(spec.validateResponse("createGroup", ApiResponse.of(201)))
        .extracting(Violation::location).containsExactly("status");
  }

  @Test
  void malformedRequestAnswersAreMockOnlyWhereKaitenDocumentsNo400() {
    List<String> mockOnly = new ArrayList<>();
    List<String> documented = new ArrayList<>();
    for (ApiOperation operation : spec.operations()) {
      DocumentedResponse badRequest = operation.response(400);
      if (badRequest != null) {
        (badRequest.mockOnly() ? mockOnly : documented).add(operation.id());
      }
    }

    assertThat(mockOnly).containsExactly("listGroups", "listGroupUsers", "removeUserFromGroup", "removeAdminFromGroup");
    assertThat(documented).containsExactly("createGroup", "updateGroup", "addUserToGroup", "addAdminToGroup", "listUsers");
  }

  @Test
  void tariffAnswersOnlyWhereKaitenDocumentsThem() {
    assertThat(spec.operations()).filteredOn(operation -> operation.documents(402)).extracting(ApiOperation::id)
        .containsExactly("createGroup", "updateGroup", "addUserToGroup", "removeUserFromGroup",
            "addAdminToGroup", "removeAdminFromGroup");
  }

  @Test
  void everyRateLimitAnswerCarriesItsHeadersAndReason() {
    for (ApiOperation operation : spec.operations()) {
      DocumentedResponse tooMany = operation.response(429);
      assertThat(tooMany.assumption()).as(operation.id()).contains("5 requests per second");
      assertThat(tooMany.exampleHeaders()).as(operation.id())
          .containsOnlyKeys("X-RateLimit-Remaining", "X-RateLimit-Reset");
      assertThat(tooMany.hasBody()).as(operation.id()).isFalse();
    }
  }

  @Test
  void everyMockOnlyAnswerSaysWhy() {
    for (ApiOperation operation : spec.operations()) {
      for (DocumentedResponse response : operation.responses().values()) {
        if (response.mockOnly()) {
          assertThat(response.assumption()).as(operation.id() + " " + response.status()).isNotBlank();
        }
      }
    }
  }

  @Test
  void bodiesAndContentTypesFollowTheKaitenDocs() {
    for (ApiOperation operation : spec.operations()) {
      assertThat(operation.response(200).contentType()).as(operation.id()).isEqualTo("application/json");
      assertThat(operation.response(401).contentType()).as(operation.id()).isEqualTo("text/plain");
      assertThat(operation.response(401).example()).as(operation.id()).isEqualTo("Invalid token");
      assertThat(List.of(operation.response(403), operation.response(429))).as(operation.id())
          .allSatisfy(response -> assertThat(response.hasBody()).isFalse());
      if (operation.documents(404)) {
        assertThat(operation.response(404).hasBody()).as(operation.id()).isFalse();
      }
      if (operation.documents(402)) {
        assertThat(operation.response(402).example()).as(operation.id())
            .isEqualTo("{\"message\":\"Feature is not supported by tariff\"}");
      }
      if (operation.documents(400)) {
        assertThat(operation.response(400).contentType()).as(operation.id()).isEqualTo("application/json");
      }
    }
  }

  @Test
  void everyResponseWithABodyHasAnExample() {
    for (ApiOperation operation : spec.operations()) {
      for (DocumentedResponse response : operation.responses().values()) {
        if (response.hasBody()) {
          assertThat(response.example()).as(operation.id() + " " + response.status()).isNotNull();
        }
      }
    }
  }

  @Test
  void every400ExampleNamesAParameterOfItsOwnOperationAndNoOther() {
    Set<String> everyName = new java.util.HashSet<>();
    spec.operationIds().forEach(id -> everyName.addAll(ContractYaml.parameterNames(id)));
    for (ApiOperation operation : spec.operations()) {
      if (!operation.documents(400)) {
        continue;
      }
      Set<String> own = ContractYaml.parameterNames(operation.id());
      List<String> named = new ArrayList<>();
      Matcher matcher = QUOTED.matcher(operation.response(400).example());
      while (matcher.find()) {
        String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        if (everyName.contains(name)) {
          named.add(name);
        }
      }
      assertThat(named).as(operation.id() + " 400 example names " + own).isNotEmpty().allMatch(own::contains);
    }
  }

  @Test
  void singleUserAnswersAreBasicUsersAndMemberListsAreExtended() {
    String basicUser = spec.operation("removeUserFromGroup").success().example();
    String extendedList = spec.operation("listGroupAdmins").success().example();
    ApiResponse basicList = json("[" + basicUser + "]");

    for (String list : List.of("listGroupUsers", "listGroupAdmins")) {
      assertThat(spec.validateResponse(list, basicList)).as(list).extracting(Violation::toString)
          .containsExactlyInAnyOrder("body.0: Field 'delete_confirmation_sent_at' is required.",
              "body.0: Field 'sd_telegram_id' is required.", "body.0: Field 'news_subscription' is required.");
    }
    for (String single : List.of("addUserToGroup", "removeUserFromGroup", "addAdminToGroup", "removeAdminFromGroup")) {
      assertThat(spec.validateResponse(single, json(basicUser))).as(single).isEmpty();
      assertThat(spec.validateResponse(single, json(extendedList))).as(single)
          .extracting(Violation::toString).contains("body: Type expected 'object', found 'array'.");
    }
  }

  @Test
  void everyGroupAnswerIsAGroup() {
    String group = spec.operation("getGroup").success().example();
    for (String id : List.of("createGroup", "getGroup", "updateGroup", "removeGroup")) {
      assertThat(spec.validateResponse(id, json(group))).as(id).isEmpty();
    }
    assertThat(spec.validateResponse("listGroups", json("[" + group + "]"))).isEmpty();
    assertThat(spec.validateResponse("listGroups", json(group)))
        .extracting(Violation::toString).containsExactly("body: Type expected 'array', found 'object'.");
  }

  @Test
  void successIsTheFirstTwoHundred() {
    assertThat(spec.operation("listGroupUsers").success().example()).startsWith("[{\"id\":42");
    assertThat(spec.operation("createGroup").success().example()).startsWith("{\"name\":\"Developers\"");
  }

  private static ApiResponse json(String body) {
    return ApiResponse.of(200).withHeader("Content-Type", "application/json").withBody(body);
  }
}
