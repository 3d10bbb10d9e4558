package io.kaitenkit.mock.internal.emulator.operations;

import io.kaitenkit.mock.internal.state.MemberSet;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.vertx.core.buffer.Buffer;

/** JSON arrays of the state's users as {@code UserExtended}, copied from their serialised form. */
final class UserLists {
  private UserLists() {}

  static Buffer extended(KaitenModel state, MemberSet ids) {
    Buffer body = Buffer.buffer(64 + ids.size() * 600).appendByte((byte) '[');
    boolean first = true;
    for (long id : ids.sorted()) {
      if (!first) {
        body.appendByte((byte) ',');
      }
      state.user(id).appendExtended(body);
      first = false;
    }
    return body.appendByte((byte) ']');
  }
}
