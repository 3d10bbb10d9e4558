package io.kaitenkit.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Bodies kept from the state: built once, dropped before anything may change the state, bounded. */
class AnswerCacheTest {
  private final AtomicInteger builds = new AtomicInteger();
  private final AnswerCache.Key key = new AnswerCache.Key("listGroupUsers", "developers");

  @Test
  void aBodyIsBuiltOnceAndReturnedAsTheSameBuffer() {
    AnswerCache cache = new AnswerCache();

    Buffer first = cache.body(key, this::build);
    Buffer second = cache.body(key, this::build);

    assertThat(second).isSameAs(first);
    assertThat(builds).hasValue(1);
    assertThat(cache.body(new AnswerCache.Key("listGroupUsers", "designers"), this::build)).isNotSameAs(first);
    assertThat(builds).hasValue(2);
  }

  @Test
  void aKeptBodyHoldsTheBuiltBytesInDirectMemory() {
    AnswerCache cache = new AnswerCache();
    Buffer built = Buffer.buffer("[{\"id\":1,\"full_name\":\"Ада\"}]");

    Buffer kept = cache.body(key, () -> built);

    assertThat(kept).isEqualTo(built);
    assertThat(kept.toString()).isEqualTo(built.toString());
    assertThat(((BufferInternal) kept).getByteBuf().isDirect()).isTrue();
    assertThat(((BufferInternal) built).getByteBuf().isDirect()).isFalse();
  }

  @Test
  void aBodyStaysOnTheHeapWhenDirectMemoryIsExhausted() {
    Buffer built = Buffer.buffer("[{\"id\":1}]");

    Buffer kept = AnswerCache.offHeap(built, size -> {
      throw new OutOfMemoryError("Cannot reserve " + size + " bytes of direct buffer memory");
    });

    assertThat(kept).isSameAs(built);
    assertThat(AnswerCache.offHeap(built, ByteBuffer::allocateDirect)).isEqualTo(built).isNotSameAs(built);
  }

  @Test
  void aReadKeepsTheBodiesAndAnythingThatMayChangeDropsThem() {
    GuardedModel store = new GuardedModel(demo());
    Buffer kept = store.read(state -> state.answers().body(key, this::build));
    Buffer reread = store.read(state -> state.answers().body(key, this::build));

    assertThat(reread).isSameAs(kept);
    assertThat(builds).hasValue(1);

    store.apply(state -> state.groups().remove("developers"));

    int keptAfterChange = store.read(state -> state.answers().size());
    Buffer rebuilt = store.read(state -> state.answers().body(key, this::build));
    assertThat(keptAfterChange).isZero();
    assertThat(rebuilt).isNotSameAs(kept);
    assertThat(builds).hasValue(2);
  }

  @Test
  void aCopyOfTheStateKeepsNoBodies() {
    KaitenModel model = demo();
    model.answers().body(key, this::build);

    assertThat(model.copy().answers().size()).isZero();
    assertThat(model.answers().size()).isEqualTo(1);
  }

  @Test
  void distinctQueriesBeyondTheBoundStartTheCacheAfresh() {
    AnswerCache cache = new AnswerCache();
    for (int query = 0; query < AnswerCache.MAX_ENTRIES; query++) {
      cache.body(new AnswerCache.Key("listUsers", query), this::build);
    }
    assertThat(cache.size()).isEqualTo(AnswerCache.MAX_ENTRIES);

    cache.body(new AnswerCache.Key("listUsers", "one more"), this::build);

    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void aBodyTooLargeToKeepIsBuiltForEachRead() {
    AnswerCache cache = new AnswerCache();
    AtomicInteger largeBuilds = new AtomicInteger();
    java.util.function.Supplier<Buffer> large = () -> {
      largeBuilds.incrementAndGet();
      return Buffer.buffer(new byte[AnswerCache.MAX_KEPT_BODY + 1]);
    };

    Buffer first = cache.body(key, large);
    Buffer second = cache.body(key, large);

    assertThat(second).isNotSameAs(first);
    assertThat(largeBuilds).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void keptBodiesBeyondTheByteBoundStartTheCacheAfresh() {
    AnswerCache cache = new AnswerCache();
    int bodies = (int) (AnswerCache.MAX_BYTES / AnswerCache.MAX_KEPT_BODY);
    for (int query = 0; query < bodies; query++) {
      cache.body(new AnswerCache.Key("listUsers", query), () -> Buffer.buffer(new byte[AnswerCache.MAX_KEPT_BODY]));
    }
    assertThat(cache.size()).isEqualTo(bodies);

    cache.body(new AnswerCache.Key("listUsers", "one more"), this::build);

    assertThat(cache.size()).isEqualTo(1);
  }

  private Buffer build() {
    return Buffer.buffer("[" + builds.incrementAndGet() + "]");
  }

  private static KaitenModel demo() {
    return new FixtureReader(KaitenApiSpec.bundled()).read("demo", Fixtures.readBundled("demo"));
  }
}
