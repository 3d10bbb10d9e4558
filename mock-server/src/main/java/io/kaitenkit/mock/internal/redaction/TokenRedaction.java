package io.kaitenkit.mock.internal.redaction;

/** Shortens a token to a recognisable, harmless prefix for logs, messages and the journal. */
public final class TokenRedaction {
  private static final int SHOWN = 4;

  private TokenRedaction() {}

  /** {@code demo-admin-token} becomes {@code demo…(16)}; short tokens become {@code …(3)}. */
  public static String redact(String token) {
    if (token == null) {
      return null;
    }
    String shown = token.length() > 2 * SHOWN ? token.substring(0, SHOWN) : "";
    return shown + "…(" + token.length() + ")";
  }

  /** Redacts the credentials of an {@code Authorization} header value, keeping the scheme. */
  public static String redactAuthorization(String value) {
    if (value == null) {
      return null;
    }
    int space = value.indexOf(' ');
    return space < 0 ? redact(value) : value.substring(0, space + 1) + redact(value.substring(space + 1).trim());
  }
}
