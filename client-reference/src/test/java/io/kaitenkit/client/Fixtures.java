package io.kaitenkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Users as Kaiten sends them, and the records they read as. */
final class Fixtures {
  static final String ADA_JSON = """
      {"id": 42, "full_name": "Ada Lovelace", "email": "ada@example.com", "username": "ada",
       "avatar_initials_url": "https://example.kaiten.ru/avatars/initials/AL.png",
       "avatar_uploaded_url": null, "initials": "AL", "avatar_type": 2, "lng": "en",
       "timezone": "Europe/London", "theme": "light", "updated": "2026-01-15T10:00:00.000Z",
       "created": "2025-06-01T09:30:00.000Z", "activated": true, "ui_version": 2, "virtual": false,
       "email_blocked": null, "email_blocked_reason": null, "delete_requested_at": null}
      """;

  static final User ADA = new User(42, "Ada Lovelace", "ada@example.com", "ada",
      "https://example.kaiten.ru/avatars/initials/AL.png", null, "AL", 2, "en", "Europe/London", "light",
      Instant.parse("2026-01-15T10:00:00Z"), Instant.parse("2025-06-01T09:30:00Z"), true, 2, false,
      null, null, null);

  static final String GRACE_JSON = """
      {"id": 43, "full_name": "Grace Hopper", "email": "grace@example.com", "username": "grace",
       "avatar_initials_url": "https://example.kaiten.ru/avatars/initials/GH.png",
       "avatar_uploaded_url": "https://example.kaiten.ru/avatars/43.png", "initials": "GH",
       "avatar_type": 3, "lng": "ru", "timezone": "Europe/Moscow", "theme": "dark",
       "updated": "2026-01-16T12:00:00+03:00", "created": "2025-07-01T00:00:00Z", "activated": false,
       "ui_version": 1, "virtual": true, "email_blocked": "2026-01-10T00:00:00Z",
       "email_blocked_reason": "bounced", "delete_requested_at": "2026-01-12T00:00:00Z"}
      """;

  static final User GRACE = new User(43, "Grace Hopper", "grace@example.com", "grace",
      "https://example.kaiten.ru/avatars/initials/GH.png", "https://example.kaiten.ru/avatars/43.png", "GH", 3,
      "ru", "Europe/Moscow", "dark", Instant.parse("2026-01-16T09:00:00Z"), Instant.parse("2025-07-01T00:00:00Z"),
      false, 1, true, "2026-01-10T00:00:00Z", "bounced", "2026-01-12T00:00:00Z");

  /** The extended attributes that the member and admin lists add to a user. */
  static final String EXTRA_JSON =
      ", \"delete_confirmation_sent_at\": null, \"sd_telegram_id\": 0, \"news_subscription\": true}";

  /** Ada as the member and admin lists answer her. */
  static final String ADA_EXTENDED_JSON = extended(ADA_JSON);
  static final UserExtended ADA_EXTENDED = extended(ADA);
  static final String GRACE_EXTENDED_JSON = extended(GRACE_JSON);
  static final UserExtended GRACE_EXTENDED = extended(GRACE);

  static final String TOKEN = "test-token-0b9e";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Fixtures() {}

  /** {@link #ADA_JSON} changed by {@code change}. */
  static String adaJsonWith(Consumer<ObjectNode> change) {
    try {
      ObjectNode ada = (ObjectNode) MAPPER.readTree(ADA_JSON);
      change.accept(ada);
      return MAPPER.writeValueAsString(ada);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts the headers every request carries. */
  static void assertAuthorizedJsonRequest(RecordedRequest request) {
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  /**
   * Asserts that the result is the expected one, of the same record type with the same values, whatever
   * headers the server added ({@code Content-Length}); tests of the headers assert them on their own.
   */
  static void assertOutcome(KaitenResult<?> actual, KaitenResult<?> expected) {
    assertThat(actual).as("result").isNotNull();
    assertThat(actual.getClass()).as("kind of " + actual).isEqualTo(expected.getClass());
    assertThat(actual).usingRecursiveComparison().withStrictTypeChecking().ignoringFields("headers")
        .isEqualTo(expected);
  }

  /** The JSON of a user with the three extended attributes. */
  static String extended(String userJson) {
    String trimmed = userJson.strip();
    return trimmed.substring(0, trimmed.length() - 1) + EXTRA_JSON;
  }

  static UserExtended extended(User u) {
    return new UserExtended(u.id(), u.fullName(), u.email(), u.username(), u.avatarInitialsUrl(),
        u.avatarUploadedUrl(), u.initials(), u.avatarType(), u.lng(), u.timezone(), u.theme(), u.updated(),
        u.created(), u.activated(), u.uiVersion(), u.virtual(), u.emailBlocked(), u.emailBlockedReason(),
        u.deleteRequestedAt(), null, 0L, true);
  }

  /** A client of the server with a short timeout and no retries, so that every test sees one request. */
  static KaitenClient.Builder clientOf(MockWebServer server) {
    return clientOf(Servers.baseUri(server));
  }

  /** A client of the URI with a short timeout and no retries. */
  static KaitenClient.Builder clientOf(java.net.URI baseUri) {
    return KaitenClient.builder()
        .baseUri(baseUri)
        .token(TOKEN)
        .timeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.none());
  }
}
