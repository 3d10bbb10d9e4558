package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.ADA_EXTENDED;
import static io.kaitenkit.client.Fixtures.ADA_EXTENDED_JSON;
import static io.kaitenkit.client.Fixtures.ADA_JSON;
import static io.kaitenkit.client.Fixtures.assertAuthorizedJsonRequest;
import static io.kaitenkit.client.Fixtures.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three operations on {@code /groups/{group_uid}/admins}. */
class GroupAdminsTest {
  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void listingAdminsSendsAGetAndReadsExtendedUsers() throws Exception {
    server.enqueue(Answers.json(200, "[" + ADA_EXTENDED_JSON + "]"));

    KaitenResult.Plain<List<UserExtended>> result = client.listGroupAdmins("developers");

    assertOutcome(result, new KaitenResult.Ok<>(List.of(ADA_EXTENDED)));
    assertThat(result.orThrow().get(0).user()).isEqualTo(ADA);
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/latest/groups/developers/admins");
    assertAuthorizedJsonRequest(request);
  }

  @Test
  void anAdminWithoutTheExtendedAttributesReadsThemAsNull() throws Exception {
    server.enqueue(Answers.json(200, "[" + ADA_JSON + "]"));

    UserExtended ada = client.listGroupAdmins("developers").orThrow().get(0);

    assertThat(ada.user()).isEqualTo(ADA);
    assertThat(ada.sdTelegramId()).isNull();
    assertThat(ada.newsSubscription()).isNull();
  }

  @Test
  void anAdminWithAnExtendedAttributeOfTheWrongTypeIsMalformed() throws Exception {
    String body = "[" + ADA_EXTENDED_JSON.replace("\"sd_telegram_id\": 0", "\"sd_telegram_id\": \"0\"") + "]";
    server.enqueue(Answers.json(200, body));

    assertOutcome(client.listGroupAdmins("developers"), new KaitenResult.MalformedBody<>(
        "body is not a list of users: element 0: attribute 'sd_telegram_id' is a string (\"0\"), not an integer",
        body));
  }

  @Test
  void addingAnAdminPostsTheUserIdAndAnswersTheUser() throws Exception {
    server.enqueue(Answers.json(200, ADA_JSON));

    KaitenResult.WithTariff<User> result = client.addAdminToGroup("developers", 42);

    assertOutcome(result, new KaitenResult.Ok<>(ADA));
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/latest/groups/developers/admins");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(Servers.body(request)).isEqualTo("{\"user_id\":42}");
    assertAuthorizedJsonRequest(request);
  }

  @Test
  void removingAnAdminSendsABodilessDeleteAndAnswersTheUser() throws Exception {
    server.enqueue(Answers.json(200, ADA_JSON));

    KaitenResult.WithTariff<User> result = client.removeAdminFromGroup("qa/ops", 42);

    assertOutcome(result, new KaitenResult.Ok<>(ADA));
    RecordedRequest request = Servers.take(server);
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/api/latest/groups/qa%2Fops/admins/42");
    assertThat(Servers.body(request)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  void argumentsAreCheckedBeforeAnythingIsSent(long userId) {
    assertThatThrownBy(() -> client.addAdminToGroup("developers", userId)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userId < 1: " + userId);
    assertThatThrownBy(() -> client.removeAdminFromGroupAsync("developers", userId))
        .hasMessage("userId < 1: " + userId);
    assertThatThrownBy(() -> client.listGroupAdmins(" ")).hasMessage("groupUid is blank");
    assertThatThrownBy(() -> client.addAdminToGroupAsync("..", 42)).hasMessage("groupUid is a dot-segment: ..");
    assertThat(server.getRequestCount()).isZero();
  }
}
