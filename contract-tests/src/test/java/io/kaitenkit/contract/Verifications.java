package io.kaitenkit.contract;

import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.VerificationFailureType;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import java.util.List;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * How the provider verifications replay interactions and report failures. Pact's verifier reports to files
 * here (the build sets {@code pact.verification.reports}), so a failure's details are taken from the context.
 */
final class Verifications {
  private Verifications() {}

  /**
   * A client that sends each request once and follows no redirect. Pact's default client is Apache
   * HttpClient's, which sends a request again a second after a 429: the rate-limited interactions would then
   * be verified against the retry's answer, not against the 429.
   */
  static Function0<IHttpClientFactory> sendingOnce() {
    return () -> provider -> HttpClients.custom()
        .useSystemProperties()
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .build();
  }

  /**
   * Verifies the context's interaction; a failure says what differed (status, header, body path) in its
   * message.
   */
  static void verify(PactVerificationContext context, PactInteraction interaction, String target) {
    try {
      context.verifyInteraction();
    } catch (AssertionError e) {
      String differences = context.getTestExecutionResult().stream()
          .flatMap(failed -> failed.getFailures().values().stream())
          .flatMap(List::stream)
          .map(VerificationFailureType::description)
          .map(String::strip)
          .collect(Collectors.joining("; "));
      throw new AssertionError(interaction.name() + " fails against " + target + ": "
          + (differences.isEmpty() ? e.getMessage() : differences), e);
    }
  }
}
