package io.kaitenkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per kind of response drift that {@link KaitenApiSpec} must name. */
class ResponseValidationTest {
  private static final String OPERATION = "removeUserFromGroup";
  private final KaitenApiSpec spec = KaitenApiSpec.bundled();
  private final String user = spec.operation(OPERATION).response(200).example();

  @Test
  void conformingUserHasNoViolations() {
    assertThat(spec.validateResponse(OPERATION, json(200, user))).isEmpty();
  }

  @Test
  void undocumentedStatusIsNamedWithTheDocumentedOnes() {
    assertThat(spec.validateResponse(OPERATION, ApiResponse.of(500)))
        .singleElement()
        .hasToString("status: 500 is not documented for removeUserFromGroup"
            + " (documented: [200, 400, 401, 402, 403, 404, 429])");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    String withoutEmail = user.replace("\"email\":\"ada@example.com\",", "");

    assertThat(spec.validateResponse(OPERATION, json(200, withoutEmail)))
        .singleElement()
        .hasToString("body: Field 'email' is required.");
  }

  @Test
  void wrongTypeIsNamedWithTheField() {
    String idAsText = user.replace("\"id\":42", "\"id\":\"42\"");

    assertThat(spec.validateResponse(OPERATION, json(200, idAsText)))
        .singleElement()
        .hasToString("body.id: Type expected 'integer', found 'string'.");
  }

  @Test
  void valueOutsideTheEnumIsNamed() {
    String pinkTheme = user.replace("\"theme\":\"light\"", "\"theme\":\"pink\"");

    assertThat(spec.validateResponse(OPERATION, json(200, pinkTheme)))
        .singleElement()
        .hasToString("body.theme: Value 'pink' is not defined in the schema.");
  }

  @Test
  void nullWhereTheContractForbidsItIsNamed() {
    String nullEmail = user.replace("\"email\":\"ada@example.com\"", "\"email\":null");

    assertThat(spec.validateResponse(OPERATION, json(200, nullEmail)))
        .singleElement()
        .hasToString("body.email: Null value is not allowed.");
  }

  @Test
  void nullWhereTheContractAllowsItConforms() {
    String uploaded = user.replace("\"avatar_uploaded_url\":null", "\"avatar_uploaded_url\":\"https://x/y.png\"");

    assertThat(spec.validateResponse(OPERATION, json(200, uploaded))).isEmpty();
  }

  @Test
  void wrongContentTypeIsNamed() {
    ApiResponse html = ApiResponse.of(200).withHeader("Content-Type", "text/html").withBody(user);

    assertThat(spec.validateResponse(OPERATION, html))
        .singleElement()
        .hasToString("header 'Content-Type': Content type 'text/html' is not allowed for body content.");
  }

  @Test
  void invalidTokenMustBePlainText() {
    ApiResponse jsonError = json(401, "{\"message\":\"Invalid token\"}");
    ApiResponse plain = ApiResponse.of(401)
        .withHeader("Content-Type", "text/plain; charset=utf-8")
        .withBody("Invalid token");

    assertThat(spec.validateResponse(OPERATION, jsonError))
        .extracting(Violation::location).containsExactly("header 'Content-Type'");
    assertThat(spec.validateResponse(OPERATION, plain)).isEmpty();
  }

  @Test
  void missingContentTypeIsNamed() {
    assertThat(spec.validateResponse(OPERATION, ApiResponse.of(200).withBody(user)))
        .singleElement()
        .hasToString("header 'Content-Type': missing; the contract documents application/json for status 200");
  }

  @Test
  void bodyWhereTheContractDocumentsNoneIsNamed() {
    assertThat(spec.validateResponse(OPERATION, json(404, "{\"message\":\"not found\"}")))
        .singleElement()
        .hasToString("body: status 404 of removeUserFromGroup has no body in the contract, got 23 characters");
  }

  @Test
  void missingBodyIsNamed() {
    assertThat(spec.validateResponse(OPERATION, ApiResponse.of(402)))
        .singleElement()
        .hasToString("body: missing; the contract documents a application/json body for status 402"
            + " of removeUserFromGroup");
  }

  @Test
  void unparseableJsonIsNamed() {
    assertThat(spec.validateResponse(OPERATION, json(200, "{\"id\":")))
        .singleElement()
        .satisfies(v -> assertThat(v.toString()).startsWith("body: not valid JSON: ").contains("line 1"));
  }

  @Test
  void rateLimitHeadersAreRequiredAndTyped() {
    ApiResponse noHeaders = ApiResponse.of(429);
    ApiResponse badRemaining = ApiResponse.of(429)
        .withHeader("X-RateLimit-Remaining", "none")
        .withHeader("X-RateLimit-Reset", "1767225600000");

    assertThat(spec.validateResponse(OPERATION, noHeaders)).map(Violation::toString)
        .containsExactlyInAnyOrder("header: Parameter 'X-RateLimit-Remaining' is required.",
            "header: Parameter 'X-RateLimit-Reset' is required.");
    assertThat(spec.validateResponse(OPERATION, badRemaining))
        .singleElement()
        .hasToString("header 'X-RateLimit-Remaining': Type expected 'integer', found 'string'.");
  }

  @Test
  void listMustBeAnArrayOfUsers() {
    String members = spec.operation("listGroupUsers").response(200).example();

    assertThat(spec.validateResponse("listGroupUsers", json(200, members))).isEmpty();
    assertThat(spec.validateResponse("listGroupUsers", json(200, members.substring(1, members.length() - 1))))
        .singleElement()
        .hasToString("body: Type expected 'array', found 'object'.");
  }

  @Test
  void extraPropertiesAreAllowed() {
    String extra = user.replace("{\"id\":42", "{\"id\":42,\"role\":\"admin\"");

    assertThat(spec.validateResponse(OPERATION, json(200, extra))).isEmpty();
  }

  private static ApiResponse json(int status, String body) {
    return ApiResponse.of(status).withHeader("Content-Type", "application/json").withBody(body);
  }
}
