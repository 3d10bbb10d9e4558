package io.kaitenkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Requests against the contract: parameters, body, security. */
class RequestValidationTest {
  private final KaitenApiSpec spec = KaitenApiSpec.bundled();

  @Test
  void wellFormedDeleteConforms() {
    assertThat(spec.validateRequest("removeUserFromGroup", delete("developers", "42"))).isEmpty();
  }

  @Test
  void bodilessDeleteWithJsonContentTypeConforms() {
    ApiRequest request = delete("developers", "42").withHeader("Content-Type", "application/json");

    assertThat(spec.validateRequest("removeUserFromGroup", request)).isEmpty();
  }

  @Test
  void nonNumericUserIdIsNamed() {
    assertThat(spec.validateRequest("removeUserFromGroup", delete("developers", "abc")))
        .extracting(Violation::location)
        .isNotEmpty()
        .containsOnly("path 'user_id'");
  }

  @Test
  void userIdBelowOneIsNamed() {
    assertThat(spec.validateRequest("removeUserFromGroup", delete("developers", "0")))
        .singleElement()
        .hasToString("path 'user_id': Minimum is '1', found '0'.");
  }

  @Test
  void aValueIsJudgedAfreshWhateverTheRequestBeforeItNamed() {
    for (int round = 0; round < 3; round++) {
      assertThat(spec.validateRequest("removeUserFromGroup", delete("developers", "42"))).isEmpty();
      for (int again = 0; again < 2; again++) {
        assertThat(spec.validateRequest("removeUserFromGroup", delete("developers", "0")))
            .singleElement()
            .hasToString("path 'user_id': Minimum is '1', found '0'.");
      }
      assertThat(spec.validateRequest("removeUserFromGroup", delete("developers", "42"))).isEmpty();
      assertThat(spec.validateRequest("removeUserFromGroup", delete("developers", "abc")))
          .extracting(Violation::location)
          .isNotEmpty()
          .containsOnly("path 'user_id'");
      assertThat(spec.validateRequest("removeUserFromGroup", delete("%20", "43"))).isEmpty();
      assertThat(spec.validateRequest("removeUserFromGroup", delete("developers", "42%2F7")))
          .extracting(Violation::location)
          .containsOnly("path 'user_id'");
    }
  }

  @Test
  void userIdBeyondInt64IsNamed() {
    assertThat(spec.validateRequest("removeUserFromGroup", delete("developers", "99999999999999999999")))
        .extracting(Violation::toString)
        .contains("path 'user_id': Value '99999999999999999999' does not match format 'int64'.");
  }

  @Test
  void percentEncodedGroupUidConforms() {
    assertThat(spec.validateRequest("removeUserFromGroup", delete("dev%2Fops%20team", "4%32"))).isEmpty();
  }

  @Test
  void malformedPercentEncodingIsNamed() {
    assertThat(spec.validateRequest("removeUserFromGroup", delete("dev%zzops", "42")))
        .singleElement()
        .hasToString("path: malformed percent-encoding '%zz' in '/api/latest/groups/dev%zzops/users/42'");
  }

  @Test
  void missingBearerTokenIsNamed() {
    ApiRequest anonymous = ApiRequest.of("DELETE", "/api/latest/groups/developers/users/42");
    ApiRequest basic = anonymous.withHeader("Authorization", "Basic dXNlcjpwYXNz");

    assertThat(spec.validateRequest("removeUserFromGroup", anonymous))
        .extracting(Violation::location).containsExactly("header 'Authorization'");
    assertThat(spec.validateRequest("removeUserFromGroup", basic))
        .singleElement()
        .hasToString("header 'Authorization': not of the form 'Bearer <token>' (security scheme bearerAuth)");
  }

  @Test
  void wrongMethodIsNamed() {
    ApiRequest put = new ApiRequest("PUT", "/api/latest/groups/developers/users/42", null,
        delete("developers", "42").headers(), null);

    assertThat(spec.validateRequest("removeUserFromGroup", put))
        .singleElement()
        .hasToString("method: PUT is not the method of removeUserFromGroup (DELETE)");
  }

  @Test
  void addWithoutBodyIsNamed() {
    assertThat(spec.validateRequest("addUserToGroup", post(null)))
        .singleElement()
        .hasToString("body: Body is required but none provided.");
  }

  @Test
  void addWithoutUserIdIsNamed() {
    assertThat(spec.validateRequest("addUserToGroup", post("{}")))
        .singleElement()
        .hasToString("body: Field 'user_id' is required.");
  }

  @Test
  void addWithTextUserIdIsNamed() {
    assertThat(spec.validateRequest("addUserToGroup", post("{\"user_id\":\"5\"}")))
        .extracting(Violation::toString)
        .contains("body.user_id: Type expected 'integer', found 'string'.");
  }

  @Test
  void addWithANumberBeyondEveryRangeIsNamed() {
    assertThat(spec.validateRequest("addUserToGroup", post("{\"user_id\":1e400}")))
        .extracting(Violation::location)
        .containsOnly("body.user_id");
  }

  @Test
  void addWithBrokenJsonIsNamed() {
    assertThat(spec.validateRequest("addUserToGroup", post("{\"user_id\":")))
        .singleElement()
        .satisfies(v -> assertThat(v.toString()).startsWith("body: not valid JSON"));
  }

  @Test
  void addWithTextContentTypeIsNamed() {
    ApiRequest text = ApiRequest.of("POST", "/api/latest/groups/developers/users")
        .withHeader("Authorization", "Bearer t")
        .withHeader("Content-Type", "text/plain")
        .withBody("{\"user_id\":5}");

    assertThat(spec.validateRequest("addUserToGroup", text))
        .singleElement()
        .hasToString("header 'Content-Type': Content type 'text/plain' is not allowed for body content.");
  }

  private static ApiRequest delete(String groupUid, String userId) {
    return ApiRequest.of("DELETE", "/api/latest/groups/" + groupUid + "/users/" + userId)
        .withHeader("Authorization", "Bearer example-token");
  }

  private static ApiRequest post(String body) {
    return ApiRequest.of("POST", "/api/latest/groups/developers/users")
        .withHeader("Authorization", "Bearer example-token")
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}
