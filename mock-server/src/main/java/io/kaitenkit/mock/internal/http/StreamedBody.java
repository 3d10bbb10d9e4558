package io.kaitenkit.mock.internal.http;

import io.vertx.core.buffer.Buffer;

/**
 * A body of known length too large to keep whole, made from a snapshot of the state while it is sent.
 * Each instance is sent once: it remembers how far it got.
 */
public interface StreamedBody extends BodyParts {
  /** The body's length in bytes, sent as {@code Content-Length}. */
  long length();

  /**
   * A complete body of the same shape made of this body's first parts, at most about {@code maxBytes}
   * long but never empty of parts when the body has some: what strict mode validates.
   */
  Buffer sample(int maxBytes);
}
