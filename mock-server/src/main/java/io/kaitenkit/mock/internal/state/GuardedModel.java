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

  /** Runs a read or a change under the lock. */
  public synchronized <T> T apply(Function<KaitenModel, T> action) {
    return action.apply(data);
  }

  /** Swaps in a whole new state. */
  public synchronized void replace(KaitenModel fresh) {
    data = fresh;
  }
}
