package io.kaitenkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pact file as written and names the interactions whose {@code Authorization} header is not
 * recorded with the matcher {@link PactClients#ANY_BEARER_TOKEN}: those would replay only with the demo token.
 */
final class AuthorizationMatchers {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AuthorizationMatchers() {}

  /** One line per interaction without the matcher, naming it and what its pact records instead. */
  static List<String> missingIn(Path pactFile) {
    JsonNode pact;
    try {
      pact = MAPPER.readTree(pactFile.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> missing = new ArrayList<>();
    for (JsonNode interaction : pact.path("interactions")) {
      JsonNode request = interaction.path("request");
      JsonNode matchers = request.path("matchingRules").path("header").path(PactClients.AUTHORIZATION)
          .path("matchers");
      boolean matched = matchers.size() == 1
          && "regex".equals(matchers.get(0).path("match").asText())
          && PactClients.ANY_BEARER_TOKEN.equals(matchers.get(0).path("regex").asText());
      if (!matched) {
        missing.add("interaction \"" + interaction.path("description").asText() + "\" ("
            + pactFile.getFileName() + "): Authorization is recorded as " + header(request)
            + " with matchers " + matchers + ", not the regex " + PactClients.ANY_BEARER_TOKEN);
      }
    }
    return missing;
  }

  /** The recorded header, redacted to its scheme: a pact file is published, so say no more of a token. */
  private static String header(JsonNode request) {
    JsonNode value = request.path("headers").path(PactClients.AUTHORIZATION);
    String text = value.isArray() ? value.path(0).asText(null) : value.asText(null);
    return text == null ? "nothing" : "'" + text.split(" ", 2)[0] + " …'";
  }
}
