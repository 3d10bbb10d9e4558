package io.kaitenkit.mock.internal.emulator.operations;

import io.kaitenkit.mock.internal.emulator.OperationChecks;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.AnswerCache;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;

/** {@code GET /groups/{group_uid}/admins}: the group's admins as {@code UserExtended}, by id. No 402 is documented. */
final class ListGroupAdmins implements OperationHandler {
  @Override
  public String operationId() {
    return "listGroupAdmins";
  }

  @Override
  public Reply handle(KaitenModel state, UserRecord actor, ApiCall call) {
    GroupRecord group = OperationChecks.groupOf(state, actor, call.pathParam("group_uid"));
    if (!OperationChecks.mayManage(state, actor, group)) {
      return Reply.empty(403);
    }
    if (group == null) {
      return Reply.empty(404);
    }
    return UserLists.reply(state, new AnswerCache.Key(operationId(), group.uid()), group.admins());
  }
}
