package io.kaitenkit.mock.internal.redaction;

import java.util.Locale;
import java.util.Set;

/**
 * Redacts the values of query parameters that carry credentials, compared case-insensitively:
 * {@value #NAMES_AS_TEXT}. Other parameters are kept as sent.
 */
public final class QueryRedaction {
  static final String NAMES_AS_TEXT = "access_token, token, api_key, apikey, key, password, secret, client_secret";
  private static final Set<String> NAMES = Set.of(NAMES_AS_TEXT.split(", "));

  private QueryRedaction() {}

  /** {@code access_token=demo-admin-token&page=2} becomes {@code access_token=demo…(16)&page=2}. */
  public static String redact(String query) {
    if (query == null || query.indexOf('=') < 0) {
      return query;
    }
    StringBuilder out = null;
    int start = 0;
    while (start <= query.length()) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = query.length();
      }
      int equals = query.indexOf('=', start);
      if (equals > start && equals < end
          && NAMES.contains(query.substring(start, equals).toLowerCase(Locale.ROOT))) {
        if (out == null) {
          out = new StringBuilder(query.length()).append(query, 0, start);
        }
        out.append(query, start, equals + 1).append(TokenRedaction.redact(query.substring(equals + 1, end)));
      } else if (out != null) {
        out.append(query, start, end);
      }
      if (out != null && end < query.length()) {
        out.append('&');
      }
      start = end + 1;
    }
    return out == null ? query : out.toString();
  }
}
