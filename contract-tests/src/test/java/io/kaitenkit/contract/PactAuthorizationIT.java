package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pacts the consumer tests wrote accept any bearer token, so they replay against a real Kaiten with a
 * real token and can be published as they are; the demo token is only the example the mock is verified with.
 */
class PactAuthorizationIT {
  @Test
  void everyInteractionRecordsTheTokenAsAMatcher() {
    List<Path> files = Pacts.requireFiles();

    assertThat(files).allSatisfy(file -> assertThat(AuthorizationMatchers.missingIn(file)).isEmpty());
  }

  @Test
  void everyExampleIsADemoToken() {
    List<PactInteraction> interactions = Pacts.interactions();

    assertThat(interactions).isNotEmpty().allSatisfy(interaction -> assertThat(
        interaction.requestHeaders().get(PactClients.AUTHORIZATION))
        .as(interaction.name())
        .singleElement().asString().matches("Bearer demo-[a-z-]+-token"));
  }
}
