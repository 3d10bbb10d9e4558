package io.kaitenkit.spec.internal;

import java.util.function.Supplier;

/**
 * A validator built when it is first asked for, so that a start pays only for the operations it
 * serves. Everything built from one OpenAPI4J model shares one lock: the model is not documented as
 * safe to read from two threads while validators are made from it.
 */
final class OnFirstUse<T> implements Supplier<T> {
  private final Object lock;
  private Supplier<? extends T> build;
  private volatile T value;

  private OnFirstUse(Object lock, Supplier<? extends T> build) {
    this.lock = lock;
    this.build = build;
  }

  /** Built now, on this thread; for a contract whose validators must fail the load, not a request. */
  static <T> OnFirstUse<T> now(T value) {
    OnFirstUse<T> built = new OnFirstUse<>(null, null);
    built.value = value;
    return built;
  }

  static <T> OnFirstUse<T> later(Object lock, Supplier<? extends T> build) {
    return new OnFirstUse<>(lock, build);
  }

  @Override
  public T get() {
    T built = value;
    if (built != null) {
      return built;
    }
    synchronized (lock) {
      if (value == null) {
        value = build.get();
        build = null;
      }
      return value;
    }
  }
}
