package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertConforms;
import static io.kaitenkit.mock.MockAssertions.assertExtendedUser;
import static io.kaitenkit.mock.MockAssertions.assertJson;
import static io.kaitenkit.mock.MockAssertions.assertNoBody;
import static io.kaitenkit.mock.MockAssertions.ids;
import static io.kaitenkit.mock.MockAssertions.sendRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.mock.TestHttp.Answer;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /groups/{group_uid}/users}. */
class ListGroupUsersTest {
  private static final String OPERATION = "listGroupUsers";

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void listsTheMembersAsExtendedUsers() {
    Answer answer = sendRejected(kaiten(), api().list(Demo.DEVELOPERS).token(Demo.ADMIN));

    assertThat(answer.status()).isEqualTo(200);
    JsonNode users = assertJson(answer);
    assertThat(ids(users)).containsExactly(Demo.ADA, Demo.ALAN);
    users.forEach(user -> assertExtendedUser(user, user.get("id").asLong()));
    assertThat(users.get(1).get("full_name").asText()).isEqualTo("Alan Turing");
    assertConforms(OPERATION, answer);
  }

  @Test
  void listsTheMembersOrderedById() {
    kaiten().state().addMember(Demo.DEVELOPERS, Demo.GRACE);
    kaiten().state().addMember(Demo.DEVELOPERS, Demo.BOB);
    kaiten().state().addMember(Demo.DEVELOPERS, Demo.DAN);

    Answer answer = api().list(Demo.DEVELOPERS).token(Demo.ADMIN).send();

    assertThat(ids(assertJson(answer))).containsExactly(Demo.BOB, Demo.DAN, Demo.ADA, Demo.ALAN, Demo.GRACE);
  }

  @Test
  void showsWhatAddingAndRemovingDid() {
    api().add(Demo.DEVELOPERS, Demo.BOB).token(Demo.ADMIN).send();
    api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).send();

    assertThat(ids(assertJson(api().list(Demo.DEVELOPERS).token(Demo.ADMIN).send())))
        .containsExactly(Demo.BOB, Demo.ALAN);
  }

  @Test
  void anEmptyGroupIsAnEmptyArray() {
    kaiten().state().removeMember(Demo.DESIGNERS, Demo.GRACE);

    Answer answer = api().list(Demo.DESIGNERS).token(Demo.ADMIN).send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(assertJson(answer).isArray()).isTrue();
    assertThat(assertJson(answer)).isEmpty();
    assertConforms(OPERATION, answer);
  }

  @Test
  void listingNeedsNoGroupsInTheTariff() {
    Answer answer = sendRejected(kaiten(), api().list(Demo.ENGINEERING).token(Demo.NO_GROUPS_TARIFF));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(ids(assertJson(answer))).containsExactly(Demo.HOMER);
  }

  @Test
  void listingWithoutPermissionIs403WithoutBody() {
    Answer answer = sendRejected(kaiten(), api().list(Demo.DEVELOPERS).token(Demo.NO_PERMISSION));

    assertNoBody(answer, 403);
    assertConforms(OPERATION, answer);
  }

  @Test
  void listingAnUnknownGroupIs404() {
    Answer answer = sendRejected(kaiten(), api().list("no-such-group").token(Demo.ADMIN));

    assertNoBody(answer, 404);
    assertConforms(OPERATION, answer);
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }

  private static GroupUsersApi api() {
    return new GroupUsersApi(MOCK.server());
  }
}
