package io.kaitenkit.mock.internal.http;

/** Reads the token of an {@code Authorization: Bearer <token>} header. */
public final class BearerToken {
  private static final String SCHEME = "Bearer ";

  private BearerToken() {}

  /** The token, or null when the header is missing, of another scheme or empty. */
  public static String of(String authorization) {
    if (authorization == null || authorization.length() <= SCHEME.length()
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return null;
    }
    String token = authorization.substring(SCHEME.length()).trim();
    return token.isEmpty() ? null : token;
  }
}
