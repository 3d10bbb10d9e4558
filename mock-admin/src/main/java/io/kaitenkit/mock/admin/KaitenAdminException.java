package io.kaitenkit.mock.admin;

/** The admin API of a mock refused a call, or could not be reached. */
public final class KaitenAdminException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String serverMessage;

  public KaitenAdminException(String call, int status, String serverMessage) {
    super(call + " answered " + status + ": " + serverMessage);
    this.status = status;
    this.serverMessage = serverMessage;
  }

  public KaitenAdminException(String call, Throwable cause) {
    super(call + " failed: " + cause, cause);
    this.status = 0;
    this.serverMessage = null;
  }

  /** The HTTP status the admin API answered; 0 when it did not answer. */
  public int status() {
    return status;
  }

  /** The admin API's own message, e.g. {@code unknown "operationId" 'nope'; known: …}; null when it did not answer. */
  public String serverMessage() {
    return serverMessage;
  }
}
