package io.kaitenkit.mock.junit5;

import io.kaitenkit.mock.internal.redaction.TokenRedaction;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a test needs to call the mock: where it is and which tokens it knows.
 *
 * @param baseUrl the API's base URL, e.g. {@code http://127.0.0.1:54321/api/latest}
 * @param adminUrl the admin API's base URL
 * @param tokens every token of the state with the id of the user it acts as
 */
public record KaitenMockInfo(String baseUrl, String adminUrl, Map<String, Long> tokens) {
  public KaitenMockInfo {
    tokens = Map.copyOf(tokens);
  }

  /** A token that acts as the user. */
  public String tokenOf(long userId) {
    return tokens.entrySet().stream()
        .filter(entry -> entry.getValue() == userId)
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no token acts as user " + userId));
  }

  @Override
  public String toString() {
    return "KaitenMockInfo{" + baseUrl + ", tokens=" + tokens.entrySet().stream()
        .map(entry -> TokenRedaction.redact(entry.getKey()) + "->" + entry.getValue())
        .sorted()
        .collect(Collectors.joining(", ", "[", "]")) + "}";
  }
}
