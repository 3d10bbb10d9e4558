package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.assertAuthorizedJsonRequest;
import static io.kaitenkit.client.Fixtures.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /users/current} and {@code GET /users}. */
class UsersTest {
  private static final String HEAD = """
      "id": 1, "full_name": "Ada Lovelace", "email": "ada@example.com", "username": "ada",
      "avatar_initials_url": "https://example.kaiten.ru/avatars/initials/AL.png", "avatar_uploaded_url": null,
      "initials": "AL", "avatar_type": 2, "lng": "en", "timezone": "Europe/London", "theme": "auto",
      "updated": "2026-01-15T10:00:00Z", "created": "2025-06-01T09:30:00Z", "activated": true, "ui_version": 2,
      "company_id": 5""";
  private static final String COMPANY = """
      "user_id": 1, "default_space_id": null, "permissions": 1, "role": 1, "email_frequency": 2,
      "email_settings": {"digest": true, "extra": null}, "slack_id": null, "slack_settings": null,
      "notification_settings": null, "notification_enabled_channels": ["email"],
      "slack_private_channel_id": null, "telegram_sd_bot_enabled": false,
      "invite_last_sent_at": "2025-06-01T09:30:00Z", "apps_permissions": "6", "external": false,
      "last_request_date": null, "last_request_method": null""";
  static final String CURRENT_USER_JSON = "{" + HEAD + ", \"telegram_id\": 0, \"telegram_settings\": {}, "
      + COMPANY + ", \"has_password\": true}";
  static final String USERS_LIST_ROW_JSON = "{" + HEAD + ", " + COMPANY + "}";

  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void theCurrentUserIsReadWithEveryDocumentedAttribute() throws Exception {
    server.enqueue(Answers.json(200, CURRENT_USER_JSON));

    KaitenResult.Plain<CurrentUser> result = client.getCurrentUser();

    CurrentUser ada = result.orThrow();
    assertThat(ada.id()).isEqualTo(1);
    assertThat(ada.fullName()).isEqualTo("Ada Lovelace");
    assertThat(ada.companyId()).isEqualTo(5);
    assertThat(ada.permissions()).isEqualTo(1);
    assertThat(ada.role()).isEqualTo(1);
    assertThat(ada.defaultSpaceId()).isNull();
    assertThat(ada.emailSettings()).containsEntry("digest", true).containsEntry("extra", null);
    assertThat(ada.notificationEnabledChannels()).containsExactly("email");
    assertThat(ada.created()).isEqualTo(Instant.parse("2025-06-01T09:30:00Z"));
    assertThat(ada.appsPermissions()).isEqualTo("6");
    assertThat(ada.hasPassword()).isTrue();
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/latest/users/current");
    assertAuthorizedJsonRequest(request);
  }

  @Test
  void aCurrentUserWithoutTheCompanyIsMalformedAndNamesTheAttribute() throws Exception {
    String body = CURRENT_USER_JSON.replace(",\n\"company_id\": 5", "");
    server.enqueue(Answers.json(200, body));

    assertOutcome(client.getCurrentUser(),
        new KaitenResult.MalformedBody<>("body is not a CurrentUser: attribute 'company_id' is missing", body));
  }

  @Test
  void settingsThatAreNotAnObjectAreMalformed() throws Exception {
    String body = CURRENT_USER_JSON.replace("\"telegram_settings\": {}", "\"telegram_settings\": 7");
    server.enqueue(Answers.json(200, body));

    assertOutcome(client.getCurrentUser(), new KaitenResult.MalformedBody<>(
        "body is not a CurrentUser: attribute 'telegram_settings' is an integer (7), not an object", body));
  }

  @Test
  void listingUsersSendsAGetAndReadsTheRows() throws Exception {
    server.enqueue(Answers.json(200, "[" + USERS_LIST_ROW_JSON + "]"));

    KaitenResult.Search<List<UsersListRow>> result = client.listUsers();

    assertThat(result).isInstanceOf(KaitenResult.Ok.class);
    assertThat(result.orThrow()).singleElement().satisfies(row -> {
      assertThat(row.id()).isEqualTo(1);
      assertThat(row.email()).isEqualTo("ada@example.com");
      assertThat(row.role()).isEqualTo(1);
      assertThat(row.emailSettings()).containsEntry("digest", true).containsEntry("extra", null);
      assertThat(row.lastRequestDate()).isNull();
    });
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/latest/users");
    assertAuthorizedJsonRequest(request);
  }

  @Test
  void listingUsersSendsEveryParameterGiven() throws Exception {
    server.enqueue(Answers.json(200, "[]"));

    client.listUsers(ListUsersQuery.all().query("ada@example.com").ids(1, 2, 43).limit(100).offset(0)
        .includeInactive(true).type("1").accessTypePermissions("2").excludeDirectlyAddedMembersByEntityUid("s-1"));

    assertThat(Servers.take(server).getTarget()).isEqualTo("/api/latest/users?query=ada%40example.com"
        + "&ids=1,2,43&limit=100&offset=0&include_inactive=true&type=1&access_type_permissions=2"
        + "&exclude_directly_added_members_by_entity_uid=s-1");
  }

  @Test
  void aListOfUsersWhereARowLacksItsRoleNamesTheElement() throws Exception {
    String body = "[" + USERS_LIST_ROW_JSON + "," + USERS_LIST_ROW_JSON.replace("\"role\": 1, ", "") + "]";
    server.enqueue(Answers.json(200, body));

    assertOutcome(client.listUsers(), new KaitenResult.MalformedBody<>(
        "body is not a list of users: element 1: attribute 'role' is missing", body));
  }

  @Test
  void theLimitIsCheckedAgainstTheDocumentedMaximumBeforeAnythingIsSent() {
    assertThatThrownBy(() -> ListUsersQuery.all().limit(101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be 1 to 100, got 101");
    assertThatThrownBy(() -> ListUsersQuery.all().limit(0)).hasMessage("limit must be 1 to 100, got 0");
    assertThatThrownBy(() -> ListUsersQuery.all().offset(-5)).hasMessage("offset < 0: -5");
    assertThatThrownBy(() -> new ListUsersQuery(null, List.of(), null, null, null, null, null, null)).hasMessage("ids is empty: leave it unset to list every user");
    assertThatThrownBy(() -> ListUsersQuery.all().ids(3, 0)).hasMessage("ids has an id < 1: 0");
    assertThatThrownBy(() -> client.listUsers(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("query == null");
    assertThat(ListUsersQuery.all().limit(ListUsersQuery.MAX_LIMIT).limit()).isEqualTo(100);
    assertThat(server.getRequestCount()).isZero();
  }
}
