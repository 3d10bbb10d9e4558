package io.kaitenkit.mock.internal.emulator.operations;

import io.kaitenkit.mock.internal.emulator.OperationChecks;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;

/** {@code DELETE /groups/{group_uid}/admins/{user_id}}: ends an administration and answers the user; a non-admin is 404. */
final class RemoveAdminFromGroup implements OperationHandler {
  @Override
  public String operationId() {
    return "removeAdminFromGroup";
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
    long userId = Long.parseLong(call.pathParam("user_id"));
    if (group == null || !group.admins().remove(userId)) {
      return Reply.empty(404);
    }
    return Reply.user(state.user(userId).json());
  }
}
