package io.kaitenkit.mock.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts the runnable jar as the README does: this JVM's {@code java}, with the
 * class-data sharing archive the package phase writes beside the jar when it wrote one.
 */
public final class JarCommand {
  private JarCommand() {}

  public static List<String> of(Path jar, List<String> jvmOptions, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path archive = archiveOf(jar);
    if (Files.isRegularFile(archive)) {
      command.add("-XX:SharedArchiveFile=" + archive);
    }
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(arguments));
    return command;
  }

  /** Where the package phase writes the jar's archive. */
  public static Path archiveOf(Path jar) {
    String name = jar.getFileName().toString();
    return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
  }
}
