package io.kaitenkit.mock.internal.http;

import io.vertx.core.buffer.Buffer;

/**
 * What a reply's body is made of, when that alone decides its verdict against the contract: no body,
 * users of the state (checked against the contract's {@code User} when the state was built), or one
 * constant body. Strict mode checks a shape in full once and trusts it afterwards.
 */
public sealed interface BodyShape {
  Known NO_BODY = Known.NO_BODY;
  Known USER = Known.USER;
  Known USER_LIST = Known.USER_LIST;

  /** Bodies assembled from the state's users, or none. */
  enum Known implements BodyShape { NO_BODY, USER, USER_LIST }

  /** A body that is the same on every reply; compared by identity, as it is built once. */
  record Constant(Buffer body) implements BodyShape {
    @Override
    public boolean equals(Object other) {
      return other instanceof Constant constant && constant.body == body;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(body);
    }
  }

  static BodyShape constant(Buffer body) {
    return new Constant(body);
  }
}
