package io.kaitenkit.mock.internal.emulator.operations;

import io.kaitenkit.mock.internal.emulator.OperationChecks;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;

/**
 * {@code POST /groups/{group_uid}/admins}: makes a user of the group's company its admin (not a member)
 * and answers the user; adding an admin again changes nothing. An unknown user or one of another
 * company is 404.
 */
final class AddAdminToGroup implements OperationHandler {
  @Override
  public String operationId() {
    return "addAdminToGroup";
  }

  @Override
  public Reply handle(KaitenModel state, UserRecord actor, ApiCall call) {
    if (!OperationChecks.groupsInTariff(state, actor)) {
      return Reply.tariffLimited();
    }
    GroupRecord group = OperationChecks.groupOf(state, actor, call.pathParam("group_uid"));
    if (!OperationChecks.mayManage(state, actor, group)) {
      return Reply.empty(403);
    }
    if (group == null) {
      return Reply.empty(404);
    }
    UserRecord user = state.user(Bodies.object(call.body()).path("user_id").asLong());
    if (user == null || !user.company().equals(group.company())) {
      return Reply.empty(404);
    }
    group.admins().add(user.id());
    return Reply.user(user.json());
  }
}
