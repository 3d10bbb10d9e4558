package io.kaitenkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.spec.internal.CompactContract;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JSON form the build writes of the bundled contract says exactly what the YAML says. */
class CompactContractTest {
  @Test
  void theBuildBundlesTheContractAsJsonWithTheYamlsTree() throws Exception {
    JsonNode compact;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(CompactContract.RESOURCE)) {
      assertThat(in).as(CompactContract.RESOURCE + " on the class path (written in process-classes)").isNotNull();
      compact = new ObjectMapper().readTree(in);
    }

    JsonNode yaml = CompactContract.tree(yamlFile());

    assertThat(compact).isEqualTo(yaml);
    assertThat(compact.at("/paths").size()).isGreaterThan(0);
  }

  @Test
  void theBundledContractParsesToWhatTheYamlParsesTo() throws Exception {
    KaitenApiSpec bundled = KaitenApiSpec.bundled();
    KaitenApiSpec fromYaml = KaitenApiSpec.load(yamlFile());

    assertThat(bundled.source()).endsWith(KaitenApiSpec.BUNDLED_RESOURCE);
    assertThat(bundled.basePath()).isEqualTo(fromYaml.basePath());
    assertThat(bundled.operations()).isEqualTo(fromYaml.operations());
  }

  @Test
  void theWriterRefusesWrongArguments() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompactContract.main(new String[] {"only-one"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
  }

  private Path yamlFile() throws Exception {
    return Path.of(getClass().getClassLoader().getResource(KaitenApiSpec.BUNDLED_RESOURCE).toURI());
  }
}
