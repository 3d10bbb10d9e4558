package io.kaitenkit.mock.internal.emulator.operations;

import static io.kaitenkit.mock.internal.emulator.OperationChecks.groupOf;
import static io.kaitenkit.mock.internal.emulator.OperationChecks.groupsInTariff;
import static io.kaitenkit.mock.internal.emulator.OperationChecks.mayManage;

import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.emulator.UserIds;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;

/** {@code POST /groups/{group_uid}/users}: adds the body's {@code user_id} to the group and answers the user. */
final class AddUserToGroup implements OperationHandler {
  @Override
  public String operationId() {
    return "addUserToGroup";
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
    long userId = UserIds.fromBody(call.body());
    UserRecord user = state.user(userId);
    if (user == null || !user.company().equals(group.company())) {
      return Reply.empty(404);
    }
    group.members().add(userId); // adding a member again changes nothing (x-kaiten-assumption)
    return Reply.user(user.json());
  }
}
