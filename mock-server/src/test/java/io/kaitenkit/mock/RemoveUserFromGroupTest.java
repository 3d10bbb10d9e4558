package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertConforms;
import static io.kaitenkit.mock.MockAssertions.assertJson;
import static io.kaitenkit.mock.MockAssertions.assertMessage;
import static io.kaitenkit.mock.MockAssertions.assertNoBody;
import static io.kaitenkit.mock.MockAssertions.assertUser;
import static io.kaitenkit.mock.MockAssertions.sendRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.TestHttp.Answer;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code DELETE /groups/{group_uid}/users/{user_id}}: the seed of the kit. */
class RemoveUserFromGroupTest {
  private static final String OPERATION = "removeUserFromGroup";

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void removingAMemberAnswersTheRemovedUserAndEndsTheMembership() {
    Answer answer = api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).send();

    assertThat(answer.status()).isEqualTo(200);
    JsonNode user = assertUser(assertJson(answer), Demo.ADA);
    assertThat(user.get("full_name").asText()).isEqualTo("Ada Lovelace");
    assertThat(user.get("email").asText()).isEqualTo("ada@acme.example");
    assertThat(user.get("username").asText()).isEqualTo("ada");
    assertThat(user.get("theme").asText()).isEqualTo("light");
    assertThat(user.get("avatar_type").asInt()).isEqualTo(3);
    assertThat(user.get("avatar_uploaded_url").asText()).isEqualTo("https://acme.kaiten.ru/avatars/uploaded/42.png");
    assertThat(user.get("created").asText()).isEqualTo("2025-06-01T09:30:00.000Z");
    assertThat(user.get("email_blocked").isNull()).isTrue();
    assertConforms(OPERATION, answer);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.ADA)).isFalse();
    assertThat(kaiten().state().members(Demo.DEVELOPERS)).containsExactly(Demo.ALAN);
  }

  @Test
  void removedUserIsTheSameUserTheListShows() {
    ObjectNode listed = (ObjectNode) assertJson(api().list(Demo.DEVELOPERS).token(Demo.ADMIN).send()).get(0);

    JsonNode removed = assertJson(api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).send());

    // The list answers the extended user; the removal answers the basic one, the same in every shared attribute.
    assertThat(removed).isEqualTo(listed.retain(MockAssertions.USER_ATTRIBUTES));
  }

  @Test
  void removingTheSameMemberTwiceIs404TheSecondTime() {
    assertThat(api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).send().status()).isEqualTo(200);

    assertNoBody(sendRejected(kaiten(), api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN)), 404);
    assertThat(kaiten().state().members(Demo.DEVELOPERS)).containsExactly(Demo.ALAN);
  }

  @Test
  void removingANonMemberIs404() {
    Answer answer = sendRejected(kaiten(), api().remove(Demo.DEVELOPERS, Demo.BOB).token(Demo.ADMIN));

    assertNoBody(answer, 404);
    assertConforms(OPERATION, answer);
  }

  @Test
  void removingAMemberOfAnotherGroupIs404AndLeavesThatGroupAlone() {
    assertNoBody(sendRejected(kaiten(), api().remove(Demo.DEVELOPERS, Demo.GRACE).token(Demo.ADMIN)), 404);

    assertThat(kaiten().state().isMember(Demo.DESIGNERS, Demo.GRACE)).isTrue();
  }

  @Test
  void removingAnUnknownUserIs404() {
    assertNoBody(sendRejected(kaiten(), api().remove(Demo.DEVELOPERS, Demo.NOBODY).token(Demo.ADMIN)), 404);
  }

  @Test
  void removingFromAnUnknownGroupIs404() {
    assertNoBody(sendRejected(kaiten(), api().remove("no-such-group", Demo.ADA).token(Demo.ADMIN)), 404);
  }

  @Test
  void removingWithATariffWithoutGroupsIs402() {
    Answer answer = sendRejected(kaiten(), api().remove(Demo.ENGINEERING, Demo.HOMER).token(Demo.NO_GROUPS_TARIFF));

    assertThat(assertMessage(answer, 402)).isEqualTo("Feature is not supported by tariff");
    assertConforms(OPERATION, answer);
    assertThat(kaiten().state().isMember(Demo.ENGINEERING, Demo.HOMER)).isTrue();
  }

  @Test
  void removingWithoutPermissionIs403WithoutBody() {
    Answer answer = sendRejected(kaiten(), api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.NO_PERMISSION));

    assertNoBody(answer, 403);
    assertConforms(OPERATION, answer);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.ADA)).isTrue();
  }

  @Test
  void aUserMayRemoveThemselvesOnlyWithTheRight() {
    kaiten().state().addMember(Demo.DEVELOPERS, Demo.BOB);

    assertNoBody(sendRejected(kaiten(), api().remove(Demo.DEVELOPERS, Demo.BOB).token(Demo.NO_PERMISSION)), 403);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.BOB)).isTrue();
  }

  @Test
  void removingTheLastMemberLeavesAnEmptyGroup() {
    assertThat(api().remove(Demo.DESIGNERS, Demo.GRACE).token(Demo.ADMIN).send().status()).isEqualTo(200);

    assertThat(kaiten().state().members(Demo.DESIGNERS)).isEmpty();
    assertThat(api().list(Demo.DESIGNERS).token(Demo.ADMIN).send().body()).isEqualTo("[]");
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }

  private static GroupUsersApi api() {
    return new GroupUsersApi(MOCK.server());
  }
}
