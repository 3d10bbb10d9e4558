package io.kaitenkit.contract;

import au.com.dius.pact.consumer.MockServer;
import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.RetryPolicy;
import java.time.Duration;
import java.util.Map;

/** The reference client pointed at Pact's mock server, as the consumer tests drive it. */
final class PactClients {
  static final String AUTHORIZATION = "Authorization";

  private PactClients() {}

  /** A client of Pact's mock server with the token; it sends every request once, so a 429 is recorded. */
  static KaitenClient client(MockServer server, String token) {
    return KaitenClient.builder()
        .baseUri(server.getUrl() + Demo.BASE_PATH)
        .token(token)
        .timeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /** The request headers the client sends with a token, as the pact records them. */
  static Map<String, String> headers(String token) {
    return Map.of(AUTHORIZATION, "Bearer " + token, "Accept", "application/json");
  }

  /** The same with the JSON body's content type. */
  static Map<String, String> jsonHeaders(String token) {
    return Map.of(AUTHORIZATION, "Bearer " + token, "Accept", "application/json",
        "Content-Type", "application/json");
  }
}
