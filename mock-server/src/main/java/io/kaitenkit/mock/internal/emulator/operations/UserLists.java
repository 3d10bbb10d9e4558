package io.kaitenkit.mock.internal.emulator.operations;

import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.AnswerCache;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.MemberSet;
import io.vertx.core.buffer.Buffer;

/**
 * Answers made of a JSON array of the state's users as {@code UserExtended}. A list up to
 * {@link AnswerCache#MAX_KEPT_BODY} is built whole and kept until the state changes; a longer one (a
 * group of thousands of members) is written while it is sent, so that no answer holds it whole.
 */
final class UserLists {
  private UserLists() {}

  /** The users with these ids in ascending id order; the caller holds the state's lock. */
  static Reply reply(KaitenModel state, AnswerCache.Key key, MemberSet ids) {
    Buffer kept = state.answers().kept(key);
    if (kept != null) {
      return Reply.userList(kept);
    }
    UserListBody users = UserListBody.of(state, ids);
    if (users.length() > AnswerCache.MAX_KEPT_BODY) {
      return Reply.userList(users);
    }
    return Reply.userList(state.answers().body(key, users::whole));
  }
}
