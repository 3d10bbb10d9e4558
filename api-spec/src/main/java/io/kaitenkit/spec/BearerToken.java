package io.kaitenkit.spec;

/** Reads the token of an {@code Authorization: Bearer <token>} header, as the contract's bearerAuth scheme has it. */
public final class BearerToken {
  private static final String SCHEME = "Bearer ";

  private BearerToken() {}

  /** The token, or null when the header is missing, of another scheme or carries no token. */
  public static String of(String authorization) {
    if (authorization == null || authorization.length() <= SCHEME.length()
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return null;
    }
    String token = authorization.substring(SCHEME.length()).trim();
    return token.isEmpty() ? null : token;
  }

  /**
   * Whether a token may stand in a header as it is: one or more printable ASCII characters, no space.
   * Tokens of a fixture and those added at run time are held to it.
   */
  public static boolean isWellFormed(String token) {
    return token != null && !token.isEmpty() && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }
}
