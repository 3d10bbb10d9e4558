package io.kaitenkit.mock.internal.emulator.operations;

import io.kaitenkit.mock.internal.emulator.OperationChecks;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.AnswerCache;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;

/** {@code GET /company/groups/{uid}}: managers of groups get any group of their company, a group's admins their own. */
final class GetGroup implements OperationHandler {
  @Override
  public String operationId() {
    return "getGroup";
  }

  @Override
  public Reply handle(KaitenModel state, UserRecord actor, ApiCall call) {
    GroupRecord group = OperationChecks.groupOf(state, actor, call.pathParam("uid"));
    if (!OperationChecks.mayManage(state, actor, group)) {
      return Reply.empty(403);
    }
    if (group == null) {
      return Reply.empty(404);
    }
    return Reply.json(200, state.answers().body(new AnswerCache.Key(operationId(), group.uid()),
        () -> GroupReplies.groupJson(group)));
  }
}
