package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.mock.TestHttp.Answer;
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.ArrayList;
import java.util.List;

/** Assertions on the mock's answers and on its state. */
final class MockAssertions {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The contract's 19 attributes of a user. */
  static final List<String> USER_ATTRIBUTES = List.of("id", "full_name", "email", "username",
      "avatar_initials_url", "avatar_uploaded_url", "initials", "avatar_type", "lng", "timezone", "theme",
      "updated", "created", "activated", "ui_version", "virtual", "email_blocked", "email_blocked_reason",
      "delete_requested_at");

  /** The contract's 22 attributes of a user in the member and admin lists ({@code UserExtended}). */
  static final List<String> USER_EXTENDED_ATTRIBUTES = concat(USER_ATTRIBUTES,
      List.of("delete_confirmation_sent_at", "sd_telegram_id", "news_subscription"));

  private MockAssertions() {}

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  /**
   * Sends a request that the mock must reject and checks that the state is exactly as before.
   *
   * @return the answer, for assertions on status and body
   */
  static Answer sendRejected(KaitenMockServer kaiten, TestHttp request) {
    String before = kaiten.state().toJson();
    Answer answer = request.send();
    assertThat(kaiten.state().toJson())
        .as("state after %s answered %s", request, answer.status())
        .isEqualTo(before);
    return answer;
  }

  /** Kaiten's 401: {@code text/plain} {@code Invalid token}. */
  static void assertInvalidToken(Answer answer) {
    assertThat(answer.status()).as("status of %s", answer).isEqualTo(401);
    assertThat(answer.header("Content-Type")).as("Content-Type of %s", answer).startsWith("text/plain");
    assertThat(answer.body()).isEqualTo("Invalid token");
  }

  /** An answer with a status and no body at all. */
  static void assertNoBody(Answer answer, int status) {
    assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
    assertThat(answer.body()).as("body of %s", answer).isEmpty();
  }

  /** A {@code {"message": "…"}} answer; returns the message. */
  static String assertMessage(Answer answer, int status) {
    assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
    JsonNode body = assertJson(answer);
    assertThat(body.isObject()).as("body of %s", answer).isTrue();
    assertThat(body.path("message").isTextual()).as("message of %s", answer).isTrue();
    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).as("fields of %s", answer).containsExactly("message");
    assertThat(body.get("message").asText()).as("message of %s", answer).doesNotContain("\n").isNotBlank();
    return body.get("message").asText();
  }

  /** A 200 answer, parsed; its body is the failure's description otherwise. */
  static JsonNode assertOkJson(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return parse(answer.body());
  }

  /** The ids of a JSON array of users, in its order. */
  static List<Long> ids(JsonNode users) {
    List<Long> ids = new ArrayList<>();
    users.forEach(user -> ids.add(user.get("id").asLong()));
    return ids;
  }

  /** An {@code application/json} answer, parsed. */
  static JsonNode assertJson(Answer answer) {
    assertThat(answer.header("Content-Type")).as("Content-Type of %s", answer).startsWith("application/json");
    return parse(answer.body());
  }

  /** A user as the contract describes it: exactly its 19 attributes, with the given id. */
  static JsonNode assertUser(JsonNode user, long id) {
    List<String> fields = new ArrayList<>();
    user.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).as("attributes of %s", user).containsExactlyInAnyOrderElementsOf(USER_ATTRIBUTES);
    assertThat(user.get("id").asLong()).isEqualTo(id);
    return user;
  }

  /** A user as the member and admin lists show it: exactly its 22 attributes, with the given id. */
  static JsonNode assertExtendedUser(JsonNode user, long id) {
    List<String> fields = new ArrayList<>();
    user.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).as("attributes of %s", user).containsExactlyInAnyOrderElementsOf(USER_EXTENDED_ATTRIBUTES);
    assertThat(user.get("id").asLong()).isEqualTo(id);
    return user;
  }

  /** The answer conforms to the contract for the operation: status documented, headers and body valid. */
  static void assertConforms(String operationId, Answer answer) {
    assertThat(KaitenApiSpec.bundled().validateResponse(operationId, toApiResponse(answer)))
        .as("violations of %s by %s", operationId, answer)
        .isEmpty();
  }

  static ApiResponse toApiResponse(Answer answer) {
    ApiResponse response = ApiResponse.of(answer.status());
    for (var header : answer.headers().entrySet()) {
      response = response.withHeader(header.getKey(), header.getValue());
    }
    return answer.body().isEmpty() ? response : response.withBody(answer.body());
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
