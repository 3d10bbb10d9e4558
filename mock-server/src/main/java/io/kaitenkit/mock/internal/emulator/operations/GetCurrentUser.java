package io.kaitenkit.mock.internal.emulator.operations;

import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.AnswerCache;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;
import io.kaitenkit.mock.internal.state.UserShapes;

/**
 * {@code GET /users/current}: the token's user as {@code CurrentUser}; a deactivated user is 403. The
 * documented 404 has no known cause: only {@code Prefer: code=404} gives it.
 */
final class GetCurrentUser implements OperationHandler {
  @Override
  public String operationId() {
    return "getCurrentUser";
  }

  @Override
  public Reply handle(KaitenModel state, UserRecord actor, ApiCall call) {
    if (!actor.activated()) {
      return Reply.empty(403);
    }
    return Reply.json(200, state.answers().body(new AnswerCache.Key(operationId(), actor.id()),
        () -> UserShapes.currentUser(actor, state.companyOf(actor), state.effectivePermissions(actor))));
  }
}
