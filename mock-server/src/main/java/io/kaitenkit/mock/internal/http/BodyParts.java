package io.kaitenkit.mock.internal.http;

import io.vertx.core.buffer.Buffer;

/** A body made while it is sent, a part at a time, so that it is never held whole; see {@link BodyPump}. */
@FunctionalInterface
public interface BodyParts {
  /**
   * Appends the next parts until {@code out} holds at least {@code atLeast} bytes or the body is complete.
   *
   * @return whether more parts follow
   */
  boolean appendTo(Buffer out, int atLeast);
}
