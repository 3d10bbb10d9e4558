package io.kaitenkit.client;

/**
 * Kaiten answered, but not with success: thrown by {@link KaitenResult#orThrow()}. The message starts with
 * {@code HTTP <code> } and says what happened, e.g. {@code HTTP 402 Feature is not supported by tariff}.
 */
public final class KaitenApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final transient KaitenResult<?> result;

  KaitenApiException(KaitenResult<?> result, String what) {
    super("HTTP " + result.code() + " " + what);
    this.code = result.code();
    this.result = result;
  }

  /** The HTTP status of the answer. */
  public int code() {
    return code;
  }

  /** The answer itself, e.g. a {@link KaitenResult.RateLimited} with the end of the window. */
  public KaitenResult<?> result() {
    return result;
  }
}
