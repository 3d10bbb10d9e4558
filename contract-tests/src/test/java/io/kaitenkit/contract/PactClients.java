package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.RetryPolicy;
import java.time.Duration;

/** The reference client pointed at Pact's mock server, and its requests as the consumer tests record them. */
final class PactClients {
  static final String AUTHORIZATION = "Authorization";
  /**
   * What the pacts accept as the {@code Authorization} header: any bearer token. The demo token is only the
   * example, so the same pacts verify a real Kaiten with a real token and can be published as they are.
   */
  static final String ANY_BEARER_TOKEN = "Bearer .+";

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

  /**
   * Asserts that the result is the expected one, of the same record type with the same values, whatever
   * headers Pact's mock server added.
   */
  static void assertOutcome(KaitenResult<?> actual, KaitenResult<?> expected) {
    assertThat(actual).as("result").isNotNull();
    assertThat(actual.getClass()).as("kind of " + actual).isEqualTo(expected.getClass());
    assertThat(actual).usingRecursiveComparison().withStrictTypeChecking().ignoringFields("headers")
        .isEqualTo(expected);
  }

  /**
   * The client's request as the pacts record it: method, path, {@code Accept}, and {@code Authorization} as
   * a matcher ({@link #ANY_BEARER_TOKEN}) whose example carries the token. Every consumer test builds its
   * requests here, so no pact holds a literal token.
   */
  static PactDslRequestWithPath request(PactDslRequestWithoutPath interaction, String method, String path,
      String token) {
    return interaction.method(method).path(path)
        .headers("Accept", "application/json")
        .matchHeader(AUTHORIZATION, ANY_BEARER_TOKEN, "Bearer " + token);
  }

  /** The same with the JSON body's content type. */
  static PactDslRequestWithPath jsonRequest(PactDslRequestWithoutPath interaction, String method, String path,
      String token) {
    return request(interaction, method, path, token).headers("Content-Type", "application/json");
  }
}
