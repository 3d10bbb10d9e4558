package io.kaitenkit.mock;

/**
 * A token no code of the mock may ever show whole: tests send it through every channel (requests,
 * fixtures, admin calls, provider states, faults) and then look for it in logs, the journal and messages.
 */
public final class Canary {
  public static final String TOKEN = "canary-3f9b2c71e5d04a86b1c7";

  private Canary() {}
}
