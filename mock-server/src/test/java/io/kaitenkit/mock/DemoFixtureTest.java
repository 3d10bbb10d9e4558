package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DemoFixture}'s facts are those of the bundled demo fixture. */
class DemoFixtureTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void tokensActAsTheUsersTheirNamesSay() {
    assertThat(MOCK.server().state().tokens())
        .containsEntry(DemoFixture.ADMIN_TOKEN, DemoFixture.ALICE)
        .containsEntry(DemoFixture.NO_PERMISSION_TOKEN, DemoFixture.BOB)
        .containsEntry(DemoFixture.GROUP_ADMIN_TOKEN, DemoFixture.CAROL)
        .containsEntry(DemoFixture.MEMBERS_PERMISSION_TOKEN, DemoFixture.DAN)
        .containsEntry(DemoFixture.DEACTIVATED_TOKEN, DemoFixture.ERIN)
        .containsEntry(DemoFixture.NO_GROUPS_TARIFF_TOKEN, DemoFixture.HANK)
        .containsEntry(DemoFixture.OTHER_COMPANY_TOKEN, DemoFixture.BILL)
        .hasSize(7);
    assertThat(DemoFixture.tokens()).extracting(DemoFixture.Token::token)
        .containsExactlyInAnyOrderElementsOf(MOCK.server().state().tokens().keySet());
    assertThat(DemoFixture.tokens()).allSatisfy(token -> assertThat(token.actsAs()).doesNotStartWith("user "));
  }

  @Test
  void groupsHoldTheMembersAndAdminsTheirNamesSay() {
    LiveState state = MOCK.server().state();

    assertThat(state.members(DemoFixture.DEVELOPERS)).containsExactly(DemoFixture.ADA, DemoFixture.ALAN);
    assertThat(state.admins(DemoFixture.DEVELOPERS)).containsExactly(DemoFixture.CAROL);
    assertThat(state.members(DemoFixture.DESIGNERS)).containsExactly(DemoFixture.GRACE);
    assertThat(state.members(DemoFixture.PEOPLE_OPS)).containsExactly(DemoFixture.DAN);
    assertThat(state.members(DemoFixture.ENGINEERING)).containsExactly(DemoFixture.HOMER);
    assertThat(state.members(DemoFixture.TPS_REPORTS)).containsExactly(DemoFixture.PETER);
    assertThat(state.effectivePermissions(DemoFixture.DAN) & 1).isEqualTo(1);
  }
}
