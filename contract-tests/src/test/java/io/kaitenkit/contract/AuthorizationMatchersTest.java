package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check that every pact records its token as a matcher catches a literal token. */
class AuthorizationMatchersTest {
  @Test
  void aPactWithALiteralTokenIsReportedPerInteractionWithoutShowingTheToken() throws Exception {
    Path literal = Path.of(getClass().getResource("/wrong-pacts/expects-an-undocumented-field.json").toURI());

    assertThat(AuthorizationMatchers.missingIn(literal))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line)
            .contains("(expects-an-undocumented-field.json): Authorization is recorded as 'Bearer …'")
            .doesNotContain("demo-admin-token"));
  }

  @Test
  void aPactWithTheMatcherPasses(@TempDir Path directory) throws Exception {
    Path pact = Files.writeString(directory.resolve("matched.json"), """
        {"interactions": [{"description": "a request with any token",
          "request": {"headers": {"Authorization": ["Bearer demo-admin-token"]},
            "matchingRules": {"header": {"Authorization": {"combine": "AND",
              "matchers": [{"match": "regex", "regex": "Bearer .+"}]}}}}}]}
        """);

    assertThat(AuthorizationMatchers.missingIn(pact)).isEmpty();
  }

  @Test
  void aMatcherThatAcceptsOnlyTheDemoTokenIsReported(@TempDir Path directory) throws Exception {
    Path pact = Files.writeString(directory.resolve("narrow.json"), """
        {"interactions": [{"description": "a request with the demo token only",
          "request": {"headers": {"Authorization": ["Bearer demo-admin-token"]},
            "matchingRules": {"header": {"Authorization": {"combine": "AND",
              "matchers": [{"match": "regex", "regex": "Bearer demo-admin-token"}]}}}}}]}
        """);

    assertThat(AuthorizationMatchers.missingIn(pact)).singleElement().asString()
        .contains("a request with the demo token only");
  }
}
