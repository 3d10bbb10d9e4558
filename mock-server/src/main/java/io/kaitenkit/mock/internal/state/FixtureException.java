package io.kaitenkit.mock.internal.state;

/** A fixture that cannot become the mock's state; the message names the source and the field. */
public final class FixtureException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  FixtureException(String message) {
    super(message);
  }

  FixtureException(String message, Throwable cause) {
    super(message, cause);
  }
}
