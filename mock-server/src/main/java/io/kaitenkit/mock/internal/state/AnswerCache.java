package io.kaitenkit.mock.internal.state;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Bodies built from the state as it is now, such as a group's member list, kept until the state may
 * change: {@link GuardedModel#apply} empties it before every action that may change the state, so a
 * kept body is never stale. A list read a thousand times between two changes is built once; the same
 * {@link Buffer}, in direct memory, is then written to every answer, which Vert.x allows since writing
 * does not consume it.
 */
public final class AnswerCache {
  /** Bounds the bodies kept for distinct queries (a client paging through users, say) between changes. */
  static final int MAX_ENTRIES = 256;
  /** A body larger than this (a group of thousands of members) is not kept: kept, it would hold heap
   * the journal and the state need. Lists of users that long are written while they are sent instead. */
  public static final int MAX_KEPT_BODY = 256 * 1024;
  /** Bounds the bytes of all kept bodies. */
  static final long MAX_BYTES = 8L * 1024 * 1024;

  /** What a body answers: the operation and everything else its content depends on. */
  public record Key(String operationId, Object detail) {}

  private final Map<Key, Buffer> bodies = new HashMap<>();
  private long bytes;

  /** The body kept for the key, or null. */
  public Buffer kept(Key key) {
    return bodies.get(key);
  }

  /** The body kept for the key, or the one {@code build} makes now, kept for the next read. */
  public Buffer body(Key key, Supplier<Buffer> build) {
    Buffer kept = bodies.get(key);
    if (kept != null) {
      return kept;
    }
    Buffer built = build.get();
    if (built.length() > MAX_KEPT_BODY) {
      return built;
    }
    if (bodies.size() >= MAX_ENTRIES || bytes + built.length() > MAX_BYTES) {
      clear();
    }
    Buffer direct = offHeap(built, ByteBuffer::allocateDirect);
    bodies.put(key, direct);
    bytes += direct.length();
    return direct;
  }

  /**
   * The body copied once into direct memory: a body on the heap is copied there again by every write,
   * since sockets read direct memory only, and for a list of 100 users that copy is a fifth of the
   * answer's CPU time. The JDK frees the memory once the body is no longer referenced. Where the JVM's
   * direct memory is exhausted ({@code -XX:MaxDirectMemorySize}), the body stays on the heap.
   */
  static Buffer offHeap(Buffer body, IntFunction<ByteBuffer> allocateDirect) {
    ByteBuffer direct;
    try {
      direct = allocateDirect.apply(body.length());
    } catch (OutOfMemoryError directMemoryExhausted) {
      return body;
    }
    direct.put(((BufferInternal) body).getByteBuf().nioBuffer()).flip();
    return BufferInternal.buffer(Unpooled.wrappedBuffer(direct));
  }

  int size() {
    return bodies.size();
  }

  void clear() {
    if (!bodies.isEmpty()) {
      bodies.clear();
      bytes = 0;
    }
  }
}
