package io.kaitenkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example in the contract validates against its own schema. */
class ExamplesTest {
  private final KaitenApiSpec spec = KaitenApiSpec.bundled();

  @TestFactory
  Stream<DynamicTest> everyDocumentedResponseExampleConforms() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ApiOperation operation : spec.operations()) {
      for (DocumentedResponse documented : operation.responses().values()) {
        tests.add(DynamicTest.dynamicTest(operation.id() + " " + documented.status(), () -> {
          ApiResponse response = exampleOf(documented);

          assertThat(spec.validateResponse(operation.id(), response)).isEmpty();
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void theExampleCheckCanFail() {
    DocumentedResponse ok = spec.operation("removeUserFromGroup").response(200);
    ApiResponse broken = exampleOf(ok).withBody(ok.example().replace("\"avatar_type\":2", "\"avatar_type\":7"));

    assertThat(spec.validateResponse("removeUserFromGroup", broken))
        .extracting(Violation::location)
        .containsExactly("body.avatar_type");
  }

  @TestFactory
  Stream<DynamicTest> everyRequestBodyExampleConforms() {
    List<DynamicTest> tests = new ArrayList<>();
    ContractYaml.operations().forEach((id, op) -> {
      JsonNode media = op.at("/requestBody/content/application~1json");
      if (!media.isMissingNode()) {
        tests.add(DynamicTest.dynamicTest(id, () -> {
          ApiOperation operation = spec.operation(id);
          String path = "/api/latest" + operation.path().replace("{uid}", "developers")
              .replace("{group_uid}", "developers").replace("{user_id}", "42");
          ApiRequest request = ApiRequest.of(operation.method(), path)
              .withHeader("Authorization", "Bearer example-token")
              .withHeader("Content-Type", "application/json")
              .withBody(media.get("example").toString());

          assertThat(spec.validateRequest(id, request)).isEmpty();
        }));
      }
    });
    assertThat(tests).hasSize(4);
    return tests.stream();
  }

  @Test
  void requestBodyExampleOfAddUserConforms() {
    ApiRequest request = ApiRequest.of("POST", "/api/latest/groups/developers/users")
        .withHeader("Authorization", "Bearer example-token")
        .withHeader("Content-Type", "application/json")
        .withBody("{\"user_id\":42}");

    assertThat(spec.validateRequest("addUserToGroup", request)).isEmpty();
  }

  static ApiResponse exampleOf(DocumentedResponse documented) {
    ApiResponse response = ApiResponse.of(documented.status());
    for (var header : documented.exampleHeaders().entrySet()) {
      response = response.withHeader(header.getKey(), header.getValue());
    }
    if (documented.hasBody()) {
      response = response.withHeader("Content-Type", documented.contentType()).withBody(documented.example());
    }
    return response;
  }
}
