package io.kaitenkit.mock.internal.state;

import io.vertx.core.buffer.Buffer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Bodies built from the state as it is now, such as a group's member list, kept until the state may
 * change: {@link GuardedModel#apply} empties it before every action that may change the state, so a
 * kept body is never stale. A list read a thousand times between two changes is built once; the same
 * {@link Buffer} is then written to every answer, which Vert.x allows since writing does not consume it.
 */
public final class AnswerCache {
  /** Bounds the bodies kept for distinct queries (a client paging through users, say) between changes. */
  static final int MAX_ENTRIES = 256;

  /** What a body answers: the operation and everything else its content depends on. */
  public record Key(String operationId, Object detail) {}

  private final Map<Key, Buffer> bodies = new HashMap<>();

  /** The body kept for the key, or the one {@code build} makes now, kept for the next read. */
  public Buffer body(Key key, Supplier<Buffer> build) {
    Buffer kept = bodies.get(key);
    if (kept != null) {
      return kept;
    }
    Buffer built = build.get();
    if (bodies.size() >= MAX_ENTRIES) {
      bodies.clear();
    }
    bodies.put(key, built);
    return built;
  }

  int size() {
    return bodies.size();
  }

  void clear() {
    if (!bodies.isEmpty()) {
      bodies.clear();
    }
  }
}
