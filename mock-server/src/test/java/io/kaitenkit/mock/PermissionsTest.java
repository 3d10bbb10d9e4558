package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertNoBody;
import static io.kaitenkit.mock.MockAssertions.sendRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Step 6 of the decision order: only a company admin, a holder of permission bit 1 (own or through a
 * group) or an admin of that very group may manage its members; anyone else gets 403 without a body.
 */
class PermissionsTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @ParameterizedTest
  @EnumSource(Operation.class)
  void aUserWithoutRightsIs403(Operation operation) {
    assertNoBody(sendRejected(kaiten(), operation.onDevelopers(api()).token(Demo.NO_PERMISSION)), 403);
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void aGroupAdminManagesTheirGroup(Operation operation) {
    assertThat(operation.onDevelopers(api()).token(Demo.GROUP_ADMIN).send().status()).isEqualTo(200);
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void aGroupAdminMayNotManageAnotherGroup(Operation operation) {
    TestHttp request = operation.request(api(), Demo.DESIGNERS, Demo.GRACE).token(Demo.GROUP_ADMIN);

    assertNoBody(sendRejected(kaiten(), request), 403);
  }

  @Test
  void aGroupAdminRemovesAMemberOfTheirGroup() {
    assertThat(api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.GROUP_ADMIN).send().status()).isEqualTo(200);

    assertThat(kaiten().state().members(Demo.DEVELOPERS)).containsExactly(Demo.ALAN);
  }

  @Test
  void aGroupAdminOfAnUnknownGroupIsNobody() {
    assertNoBody(sendRejected(kaiten(), api().list("no-such-group").token(Demo.GROUP_ADMIN)), 403);
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void permissionBit1ThroughAGroupManagesAnyGroup(Operation operation) {
    TestHttp request = operation.request(api(), Demo.DESIGNERS, Demo.GRACE).token(Demo.MEMBERS_PERMISSION);

    assertThat(request.send().status()).isEqualTo(200);
  }

  @Test
  void permissionBit1ThroughAGroupRemovesAMember() {
    assertThat(api().remove(Demo.DESIGNERS, Demo.GRACE).token(Demo.MEMBERS_PERMISSION).send().status())
        .isEqualTo(200);

    assertThat(kaiten().state().members(Demo.DESIGNERS)).isEmpty();
  }

  @Test
  void leavingTheGroupThatGrantsBit1TakesTheRightAway() {
    kaiten().state().removeMember(Demo.PEOPLE_OPS, Demo.DAN);

    assertNoBody(sendRejected(kaiten(), api().remove(Demo.DESIGNERS, Demo.GRACE).token(Demo.MEMBERS_PERMISSION)), 403);
  }

  @Test
  void joiningTheGroupThatGrantsBit1GivesTheRight() {
    assertNoBody(sendRejected(kaiten(), api().list(Demo.DESIGNERS).token(Demo.NO_PERMISSION)), 403);

    assertThat(api().add(Demo.PEOPLE_OPS, Demo.BOB).token(Demo.ADMIN).send().status()).isEqualTo(200);

    assertThat(api().list(Demo.DESIGNERS).token(Demo.NO_PERMISSION).send().status()).isEqualTo(200);
  }

  @Test
  void aUserMayGiveUpTheirOwnRight() {
    assertThat(api().remove(Demo.PEOPLE_OPS, Demo.DAN).token(Demo.MEMBERS_PERMISSION).send().status())
        .isEqualTo(200);

    assertNoBody(sendRejected(kaiten(), api().list(Demo.PEOPLE_OPS).token(Demo.MEMBERS_PERMISSION)), 403);
  }

  @Test
  void ownPermissionBit1GivesTheRight() {
    kaiten().state().setPermissions(Demo.BOB, 1);

    assertThat(api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.NO_PERMISSION).send().status()).isEqualTo(200);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.ADA)).isFalse();
  }

  @Test
  void otherPermissionBitsDoNotGiveTheRight() {
    kaiten().state().setPermissions(Demo.BOB, 2 | 4 | 8);

    assertNoBody(sendRejected(kaiten(), api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.NO_PERMISSION)), 403);
  }

  @Test
  void becomingCompanyAdminGivesTheRightAndLosingItTakesItAway() {
    kaiten().state().setCompanyAdmin(Demo.BOB, true);
    assertThat(api().list(Demo.DEVELOPERS).token(Demo.NO_PERMISSION).send().status()).isEqualTo(200);

    kaiten().state().setCompanyAdmin(1, false);
    assertNoBody(sendRejected(kaiten(), api().list(Demo.DEVELOPERS).token(Demo.ADMIN)), 403);
  }

  @Test
  void permissionComesBeforeExistence() {
    assertNoBody(sendRejected(kaiten(), api().remove(Demo.TPS_REPORTS, Demo.PETER).token(Demo.NO_PERMISSION)), 403);
    assertNoBody(sendRejected(kaiten(), api().remove("no-such-group", Demo.ADA).token(Demo.NO_PERMISSION)), 403);
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }

  private static GroupUsersApi api() {
    return new GroupUsersApi(MOCK.server());
  }
}
