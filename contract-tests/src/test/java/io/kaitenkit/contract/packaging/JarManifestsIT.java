package io.kaitenkit.contract.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The jars the reactor packaged before this module's integration tests: their manifests. */
class JarManifestsIT {
  @ParameterizedTest
  @CsvSource({
      "api-spec, io.kaitenkit.spec",
      "mock-admin, io.kaitenkit.mock.admin",
      "mock-server, io.kaitenkit.mock",
      "client-reference, io.kaitenkit.client"})
  void eachJarNamesItsModule(String module, String moduleName) throws IOException {
    assertThat(manifest(jarOf(module)).getValue("Automatic-Module-Name")).isEqualTo(moduleName);
  }

  @Test
  void theRunnableJarKeepsItsMainClass() throws IOException {
    Attributes runnable = manifest(Path.of("../mock-server/target/kaiten-mock-server.jar"));

    assertThat(runnable.getValue("Main-Class")).isEqualTo("io.kaitenkit.mock.cli.KaitenMockMain");
    assertThat(runnable.getValue("Multi-Release")).isEqualTo("true");
  }

  /** The module's main jar: not its sources, tests or shaded jar. */
  private static Path jarOf(String module) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", module, "target"))) {
      List<Path> jars = files
          .filter(file -> file.getFileName().toString().matches(module + "-\\d[^-]*(-SNAPSHOT)?\\.jar"))
          .toList();
      assertThat(jars).as("the jar of " + module).hasSize(1);
      return jars.get(0);
    }
  }

  private static Attributes manifest(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest()).as("the manifest of " + jar).isNotNull();
      return file.getManifest().getMainAttributes();
    }
  }
}
