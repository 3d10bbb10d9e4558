package io.kaitenkit.mock.internal.state;

import java.util.function.Function;

/**
 * Holds the current {@link KaitenModel} and serialises access to it. Critical sections are a few map
 * look-ups, so one monitor is cheaper and simpler than copy-on-write of large member sets; a
 * replacement is built and validated outside the lock and swapped in one step.
 */
public final class GuardedModel {
  private KaitenModel data;

  public GuardedModel(KaitenModel initial) {
    this.data = initial;
  }

  /** Runs a change, or a read that may change, under the lock; the bodies kept from the state are dropped first. */
  public synchronized <T> T apply(Function<KaitenModel, T> action) {
    data.answers().clear();
    return action.apply(data);
  }

  /** Runs a read under the lock; the action must not change the state, so the kept bodies stay valid. */
  public synchronized <T> T read(Function<KaitenModel, T> action) {
    return action.apply(data);
  }

  /** Swaps in a whole new state. */
  public synchronized void replace(KaitenModel fresh) {
    data = fresh;
  }
}
