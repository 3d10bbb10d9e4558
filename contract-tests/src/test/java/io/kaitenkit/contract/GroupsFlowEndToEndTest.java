package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.client.CurrentUser;
import io.kaitenkit.client.Group;
import io.kaitenkit.client.GroupUpdate;
import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.ListUsersQuery;
import io.kaitenkit.client.NewGroup;
import io.kaitenkit.client.User;
import io.kaitenkit.client.UserExtended;
import io.kaitenkit.client.UsersListRow;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A team's whole flow through the reference client against the strict mock: check the token, create a group,
 * find a user, make them member and admin, rename the group, undo it all, and see the group gone.
 */
class GroupsFlowEndToEndTest {
  private static KaitenMockServer mock;
  private static KaitenClient client;

  @BeforeAll
  static void start() {
    mock = KaitenMockServer.start(MockOptions.builder().strict(true).build());
    client = KaitenClient.builder().baseUri(mock.baseUrl()).token(Demo.ADMIN_TOKEN).build();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void createStaffRenameAndRemoveAGroup() throws Exception {
    CurrentUser me = client.getCurrentUser().orThrow();
    assertThat(me.id()).isEqualTo(1);

    Group qa = client.createGroup(NewGroup.named("QA")).orThrow();
    assertThat(qa.name()).isEqualTo("QA");
    assertThat(mock.state().hasGroup(qa.uid())).isTrue();

    List<UsersListRow> found = client.listUsers(ListUsersQuery.all().query("lovelace")).orThrow();
    assertThat(found).extracting(UsersListRow::fullName).containsExactly("Ada Lovelace");
    long ada = found.get(0).id();

    assertThat(client.addUserToGroup(qa.uid(), ada).orThrow().id()).isEqualTo(ada);
    assertThat(client.addAdminToGroup(qa.uid(), ada).orThrow().id()).isEqualTo(ada);
    assertThat(client.listGroupUsers(qa.uid()).orThrow()).extracting(UserExtended::id).containsExactly(ada);
    assertThat(client.listGroupAdmins(qa.uid()).orThrow()).extracting(UserExtended::id).containsExactly(ada);
    assertThat(mock.state().isMember(qa.uid(), ada)).isTrue();
    assertThat(mock.state().isAdmin(qa.uid(), ada)).isTrue();

    Group renamed = client.updateGroup(qa.uid(), GroupUpdate.none().withName("Quality")).orThrow();
    assertThat(renamed.name()).isEqualTo("Quality");
    assertThat(client.getGroup(qa.uid()).orThrow().name()).isEqualTo("Quality");

    User formerAdmin = client.removeAdminFromGroup(qa.uid(), ada).orThrow();
    assertThat(formerAdmin.id()).isEqualTo(ada);
    assertThat(client.listGroupAdmins(qa.uid()).orThrow()).isEmpty();
    assertThat(client.removeUserFromGroup(qa.uid(), ada).orThrow().id()).isEqualTo(ada);
    assertThat(client.listGroupUsers(qa.uid()).orThrow()).isEmpty();
    assertThat(client.removeGroup(qa.uid()).orThrow().uid()).isEqualTo(qa.uid());

    assertThat(client.getGroup(qa.uid())).isInstanceOf(KaitenResult.NotFound.class);
    assertThat(client.listGroupUsers(qa.uid())).isInstanceOf(KaitenResult.NotFound.class);
    assertThat(mock.state().hasGroup(qa.uid())).isFalse();
    assertThat(mock.requests()).filteredOn(exchange -> !exchange.violations().isEmpty())
        .as("strict mode's findings").isEmpty();
  }
}
