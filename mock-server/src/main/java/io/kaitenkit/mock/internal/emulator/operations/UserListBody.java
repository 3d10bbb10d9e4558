package io.kaitenkit.mock.internal.emulator.operations;

import io.kaitenkit.mock.internal.http.StreamedBody;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.MemberSet;
import io.kaitenkit.mock.internal.state.UserRecord;
import io.vertx.core.buffer.Buffer;

/**
 * A JSON array of the state's users as {@code UserExtended}, copied from their serialised form. It
 * holds the users' records, taken under the state's lock; records and their bytes never change, so the
 * array can be written out after the lock is released, whole or a part at a time.
 */
final class UserListBody implements StreamedBody {
  private final UserRecord[] users;
  private final long length;
  private int written = -1; // users sent so far; -1 before the opening bracket

  private UserListBody(UserRecord[] users) {
    this.users = users;
    long bytes = 2 + Math.max(0, users.length - 1); // brackets and commas
    for (UserRecord user : users) {
      bytes += extendedLength(user);
    }
    this.length = bytes;
  }

  /** The users with these ids, in ascending id order; the caller holds the state's lock. */
  static UserListBody of(KaitenModel state, MemberSet ids) {
    long[] sorted = ids.sorted();
    UserRecord[] users = new UserRecord[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      users[i] = state.user(sorted[i]);
    }
    return new UserListBody(users);
  }

  @Override
  public long length() {
    return length;
  }

  /** The whole body in a buffer of exactly its size; for bodies that fit in an {@code int}. */
  Buffer whole() {
    return write(Buffer.buffer((int) length), users.length);
  }

  @Override
  public Buffer sample(int maxBytes) {
    int count = 0;
    long bytes = 2;
    while (count < users.length && (count == 0 || bytes + 1 + extendedLength(users[count]) <= maxBytes)) {
      bytes += (count == 0 ? 0 : 1) + extendedLength(users[count]);
      count++;
    }
    return write(Buffer.buffer((int) bytes), count);
  }

  @Override
  public boolean appendTo(Buffer out, int atLeast) {
    if (written < 0) {
      out.appendByte((byte) '[');
      written = 0;
    }
    while (written < users.length && out.length() < atLeast) {
      if (written > 0) {
        out.appendByte((byte) ',');
      }
      users[written++].appendExtended(out);
    }
    if (written < users.length) {
      return true;
    }
    out.appendByte((byte) ']');
    return false;
  }

  private Buffer write(Buffer out, int count) {
    out.appendByte((byte) '[');
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.appendByte((byte) ',');
      }
      users[i].appendExtended(out);
    }
    return out.appendByte((byte) ']');
  }

  private static int extendedLength(UserRecord user) {
    return user.json().length() - 1 + user.extendedTail().length();
  }
}
