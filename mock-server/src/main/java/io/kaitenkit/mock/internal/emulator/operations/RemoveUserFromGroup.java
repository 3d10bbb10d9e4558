package io.kaitenkit.mock.internal.emulator.operations;

import static io.kaitenkit.mock.internal.emulator.OperationChecks.groupOf;
import static io.kaitenkit.mock.internal.emulator.OperationChecks.groupsInTariff;
import static io.kaitenkit.mock.internal.emulator.OperationChecks.mayManage;

import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;

/** {@code DELETE /groups/{group_uid}/users/{user_id}}, the seed: removes the membership and answers the removed user. */
final class RemoveUserFromGroup implements OperationHandler {
  @Override
  public String operationId() {
    return "removeUserFromGroup";
  }

  @Override
  public Reply handle(KaitenModel state, UserRecord actor, ApiCall call) {
    if (!groupsInTariff(state, actor)) {
      return Reply.tariffLimited();
    }
    GroupRecord group = groupOf(state, actor, call.pathParam("group_uid"));
    if (!mayManage(state, actor, group)) {
      return Reply.empty(403);
    }
    if (group == null) {
      return Reply.empty(404);
    }
    long userId = Long.parseLong(call.pathParam("user_id"));
    if (!group.members().remove(userId)) {
      return Reply.empty(404);
    }
    return Reply.user(state.user(userId).json());
  }
}
