package io.kaitenkit.mock.internal.emulator.operations;

import io.kaitenkit.mock.internal.emulator.OperationChecks;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;

/**
 * {@code DELETE /company/groups/{uid}}: removes the group with its memberships and admin entries and
 * answers the removed group; the permission bits it granted stop counting at once. No 402 is documented.
 */
final class RemoveGroup implements OperationHandler {
  @Override
  public String operationId() {
    return "removeGroup";
  }

  @Override
  public Reply handle(KaitenModel state, UserRecord actor, ApiCall call) {
    if (!OperationChecks.mayManageGroups(state, actor)) {
      return Reply.empty(403);
    }
    GroupRecord group = OperationChecks.groupOf(state, actor, call.pathParam("uid"));
    if (group == null) {
      return Reply.empty(404);
    }
    state.groups().remove(group.uid());
    return GroupReplies.group(group);
  }
}
