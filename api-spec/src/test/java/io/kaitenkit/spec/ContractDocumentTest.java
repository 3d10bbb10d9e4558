package io.kaitenkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled contract's operations and documented statuses, as DESIGN §2 lays them out. */
class ContractDocumentTest {
  private final KaitenApiSpec spec = KaitenApiSpec.bundled();

  @Test
  void bundledContractParsesAndValidatesUnderOpenApi4j() {
    // load() parses with OpenAPI4J's document validation switched on; a schema error throws.
    KaitenApiSpec fresh = KaitenApiSpec.load(
        getClass().getClassLoader().getResource(KaitenApiSpec.BUNDLED_RESOURCE));

    assertThat(fresh.operationIds()).isEqualTo(spec.operationIds());
  }

  @Test
  void servesTheThreeGroupUserOperationsUnderApiLatest() {
    assertThat(spec.basePath()).isEqualTo("/api/latest");
    assertThat(spec.operationIds())
        .containsExactly("listGroupUsers", "addUserToGroup", "removeUserFromGroup");
    assertThat(spec.operation("listGroupUsers"))
        .extracting(ApiOperation::method, ApiOperation::path)
        .containsExactly("GET", "/groups/{group_uid}/users");
    assertThat(spec.operation("addUserToGroup"))
        .extracting(ApiOperation::method, ApiOperation::path)
        .containsExactly("POST", "/groups/{group_uid}/users");
    assertThat(spec.operation("removeUserFromGroup"))
        .extracting(ApiOperation::method, ApiOperation::path)
        .containsExactly("DELETE", "/groups/{group_uid}/users/{user_id}");
  }

  @Test
  void documentedStatusesFollowTheDesignTable() {
    assertThat(spec.operation("removeUserFromGroup").statuses())
        .containsExactly(200, 400, 401, 402, 403, 404, 429);
    assertThat(spec.operation("addUserToGroup").statuses())
        .containsExactly(200, 400, 401, 402, 403, 404, 429);
    assertThat(spec.operation("listGroupUsers").statuses())
        .containsExactly(200, 400, 401, 403, 404, 429);
  }

  @Test
  void malformedRequestAnswersAreMarkedMockOnlyExceptPostValidation() {
    assertThat(spec.operation("removeUserFromGroup").response(400).mockOnly()).isTrue();
    assertThat(spec.operation("listGroupUsers").response(400).mockOnly()).isTrue();
    assertThat(spec.operation("addUserToGroup").response(400).mockOnly()).isFalse();
  }

  @Test
  void everyAssumptionCarriesItsReason() {
    for (ApiOperation operation : spec.operations()) {
      DocumentedResponse tooMany = operation.response(429);
      assertThat(tooMany.assumption()).as(operation.id()).contains("5 requests per second");
      assertThat(tooMany.exampleHeaders())
          .containsOnlyKeys("X-RateLimit-Remaining", "X-RateLimit-Reset");
      assertThat(operation.response(400).mockOnly() ? operation.response(400).assumption() : "n/a")
          .as(operation.id()).isNotBlank();
    }
    assertThat(spec.operation("addUserToGroup").assumption()).contains("already a member");
  }

  @Test
  void bodiesAndContentTypesFollowTheKaitenDocs() {
    ApiOperation remove = spec.operation("removeUserFromGroup");

    assertThat(remove.response(200).contentType()).isEqualTo("application/json");
    assertThat(remove.response(401).contentType()).isEqualTo("text/plain");
    assertThat(remove.response(401).example()).isEqualTo("Invalid token");
    assertThat(remove.response(402).example()).isEqualTo("{\"message\":\"Feature is not supported by tariff\"}");
    assertThat(List.of(remove.response(403), remove.response(404), remove.response(429)))
        .allSatisfy(response -> assertThat(response.hasBody()).isFalse());
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
  void successIsTheFirstTwoHundred() {
    assertThat(spec.operation("listGroupUsers").success().example()).startsWith("[{\"id\":42");
  }
}
