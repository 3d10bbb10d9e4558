package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertConforms;
import static io.kaitenkit.mock.MockAssertions.assertJson;
import static io.kaitenkit.mock.MockAssertions.assertMessage;
import static io.kaitenkit.mock.MockAssertions.assertNoBody;
import static io.kaitenkit.mock.MockAssertions.assertUser;
import static io.kaitenkit.mock.MockAssertions.sendRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.mock.TestHttp.Answer;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /groups/{group_uid}/users} with {@code {"user_id": …}}. */
class AddUserToGroupTest {
  private static final String OPERATION = "addUserToGroup";

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void addingAUserAnswersTheUserAndMakesThemAMember() {
    Answer answer = api().add(Demo.DEVELOPERS, Demo.BOB).token(Demo.ADMIN).send();

    assertThat(answer.status()).isEqualTo(200);
    JsonNode user = assertUser(assertJson(answer), Demo.BOB);
    assertThat(user.get("full_name").asText()).isEqualTo("Bob Plain");
    assertThat(user.get("email").asText()).isEqualTo("bob@acme.example");
    assertConforms(OPERATION, answer);
    assertThat(kaiten().state().members(Demo.DEVELOPERS)).containsExactly(Demo.BOB, Demo.ADA, Demo.ALAN);
  }

  @Test
  void addingAMemberAgainIs200AndChangesNothing() {
    String before = kaiten().state().toJson();

    Answer answer = api().add(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).send();

    assertThat(answer.status()).isEqualTo(200);
    assertUser(assertJson(answer), Demo.ADA);
    assertConforms(OPERATION, answer);
    assertThat(kaiten().state().toJson()).isEqualTo(before);
  }

  @Test
  void addingTheSameUserTwiceAnswersTheSameUserBothTimes() {
    Answer first = api().add(Demo.DEVELOPERS, Demo.BOB).token(Demo.ADMIN).send();
    Answer second = api().add(Demo.DEVELOPERS, Demo.BOB).token(Demo.ADMIN).send();

    assertThat(second.status()).isEqualTo(200);
    assertThat(assertJson(second)).isEqualTo(assertJson(first));
    assertThat(kaiten().state().members(Demo.DEVELOPERS)).containsExactly(Demo.BOB, Demo.ADA, Demo.ALAN);
  }

  @Test
  void aUserMayBeAMemberOfSeveralGroups() {
    assertThat(api().add(Demo.DEVELOPERS, Demo.GRACE).token(Demo.ADMIN).send().status()).isEqualTo(200);

    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.GRACE)).isTrue();
    assertThat(kaiten().state().isMember(Demo.DESIGNERS, Demo.GRACE)).isTrue();
  }

  @Test
  void addingAUserOfAnotherCompanyIs404() {
    Answer answer = sendRejected(kaiten(), api().add(Demo.DEVELOPERS, Demo.HOMER).token(Demo.ADMIN));

    assertNoBody(answer, 404);
    assertConforms(OPERATION, answer);
  }

  @Test
  void addingAnUnknownUserIs404() {
    assertNoBody(sendRejected(kaiten(), api().add(Demo.DEVELOPERS, Demo.NOBODY).token(Demo.ADMIN)), 404);
  }

  @Test
  void addingToAnUnknownGroupIs404() {
    assertNoBody(sendRejected(kaiten(), api().add("no-such-group", Demo.BOB).token(Demo.ADMIN)), 404);
  }

  @Test
  void addingWithATariffWithoutGroupsIs402() {
    Answer answer = sendRejected(kaiten(), api().add(Demo.ENGINEERING, 100).token(Demo.NO_GROUPS_TARIFF));

    assertThat(assertMessage(answer, 402)).isEqualTo("Feature is not supported by tariff");
    assertConforms(OPERATION, answer);
  }

  @Test
  void addingWithoutPermissionIs403WithoutBody() {
    Answer answer = sendRejected(kaiten(), api().add(Demo.DEVELOPERS, Demo.BOB).token(Demo.NO_PERMISSION));

    assertNoBody(answer, 403);
    assertConforms(OPERATION, answer);
  }

  @Test
  void extraFieldsInTheBodyAreIgnored() {
    Answer answer = api().addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN)
        .json("{\"user_id\": 2, \"role\": \"admin\"}").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.BOB)).isTrue();
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }

  private static GroupUsersApi api() {
    return new GroupUsersApi(MOCK.server());
  }
}
