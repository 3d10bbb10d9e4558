package io.kaitenkit.mock.internal.emulator.operations;

import static io.kaitenkit.mock.internal.emulator.OperationChecks.groupOf;
import static io.kaitenkit.mock.internal.emulator.OperationChecks.mayManage;

import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.AnswerCache;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;

/** {@code GET /groups/{group_uid}/users}: the group's members as {@code UserExtended}, ordered by id. No tariff check: Kaiten documents no 402. */
final class ListGroupUsers implements OperationHandler {
  @Override
  public String operationId() {
    return "listGroupUsers";
  }

  @Override
  public Reply handle(KaitenModel state, UserRecord actor, ApiCall call) {
    GroupRecord group = groupOf(state, actor, call.pathParam("group_uid"));
    if (!mayManage(state, actor, group)) {
      return Reply.empty(403);
    }
    if (group == null) {
      return Reply.empty(404);
    }
    return UserLists.reply(state, new AnswerCache.Key(operationId(), group.uid()), group.members());
  }
}
