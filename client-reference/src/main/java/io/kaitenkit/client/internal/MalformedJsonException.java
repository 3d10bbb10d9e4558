package io.kaitenkit.client.internal;

/** A 200 body that is not what the contract promises; the message says what is wrong. */
final class MalformedJsonException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedJsonException(String message) {
    super(message, null, false, false);
  }
}
