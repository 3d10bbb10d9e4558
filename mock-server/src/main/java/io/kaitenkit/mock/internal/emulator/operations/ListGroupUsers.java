package io.kaitenkit.mock.internal.emulator.operations;

import static io.kaitenkit.mock.internal.emulator.OperationChecks.groupOf;
import static io.kaitenkit.mock.internal.emulator.OperationChecks.mayManage;

import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.StateData;
import io.kaitenkit.mock.internal.state.UserRecord;
import io.vertx.core.buffer.Buffer;

/** {@code GET /groups/{group_uid}/users}: the group's members, ordered by id. No tariff check: Kaiten documents no 402. */
final class ListGroupUsers implements OperationHandler {
  @Override
  public String operationId() {
    return "listGroupUsers";
  }

  @Override
  public Reply handle(StateData state, UserRecord actor, ApiCall call) {
    GroupRecord group = groupOf(state, actor, call.pathParam("group_uid"));
    if (!mayManage(state, actor, group)) {
      return Reply.empty(403);
    }
    if (group == null) {
      return Reply.empty(404);
    }
    Buffer body = Buffer.buffer(64 + group.members().size() * 512).appendByte((byte) '[');
    boolean first = true;
    for (long member : group.members().sorted()) {
      if (!first) {
        body.appendByte((byte) ',');
      }
      body.appendBuffer(state.user(member).json());
      first = false;
    }
    return Reply.userList(body.appendByte((byte) ']'));
  }
}
