package io.kaitenkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar kaiten-mock-server.jar}: the shaded jar started as users start it. */
class CliIT {
  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final Duration EXIT = Duration.ofSeconds(30);
  private static final Pattern API_LINE = Pattern.compile("^\\s*API:\\s+(\\S+)\\s*$");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Path jar;

  @BeforeAll
  static void findTheJar() {
    jar = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target/kaiten-mock-server.jar");
    assertThat(jar).as("the shaded jar; failsafe runs after package").isRegularFile();
  }

  @Test
  void servesTheDemoFixtureAndStopsOnSigterm() throws Exception {
    Mock mock = Mock.start("--port", "0");
    try {
      String api = mock.awaitApiUrl();

      assertThat(api).matches("http://127\\.0\\.0\\.1:\\d+/api/latest");
      assertThat(status("GET", api + "/groups/developers/users", "demo-admin-token")).isEqualTo(200);
      assertThat(status("DELETE", api + "/groups/developers/users/42", "no-such-token")).isEqualTo(401);
      assertThat(status("DELETE", api + "/groups/engineering/users/101", "demo-no-groups-tariff-token"))
          .isEqualTo(402);
      assertThat(status("DELETE", api + "/groups/developers/users/42", "demo-no-permission-token")).isEqualTo(403);
      assertThat(status("DELETE", api + "/groups/developers/users/42", "demo-other-company-token")).isEqualTo(404);
      assertThat(status("DELETE", api + "/groups/developers/users/42", "demo-admin-token")).isEqualTo(200);
      assertThat(status("DELETE", api + "/groups/developers/users/42", "demo-admin-token")).isEqualTo(404);

      mock.process.destroy();

      assertThat(mock.process.waitFor(EXIT.toSeconds(), TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
      assertThat(mock.process.exitValue()).as("a clean stop on SIGTERM").isZero();
    } finally {
      mock.kill();
    }
  }

  @Test
  void theBuildsStartupArchiveHoldsTheMocksClassesAndAMockStartedWithItServes(@TempDir Path dir) throws Exception {
    assertThat(JarCommand.archiveOf(jar)).as("written by the package phase").isRegularFile();
    Path classLoading = dir.resolve("class-load.log");

    Mock mock = Mock.startWith(List.of("-Xlog:class+load=info:file=" + classLoading), "--port", "0");
    try {
      String api = mock.awaitApiUrl();

      assertThat(status("GET", api + "/groups/developers/users", "demo-admin-token")).isEqualTo(200);
      assertThat(Files.readString(classLoading))
          .contains("io.kaitenkit.mock.cli.KaitenMockMain source: shared objects file (top)")
          .contains("io.kaitenkit.mock.internal.http.CallHandler source: shared objects file (top)");
    } finally {
      mock.kill();
    }
  }

  @Test
  void aPortInUseExits1WithOneLineNamingThePort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      String port = Integer.toString(taken.getLocalPort());

      Mock mock = Mock.start("--port", port);
      try {
        assertThat(mock.awaitExit()).isEqualTo(1);
        assertThat(mock.stderrLines()).singleElement().asString().contains("127.0.0.1:" + port);
      } finally {
        mock.kill();
      }
    }
  }

  @Test
  void aMissingFixtureFileExits1NamingTheFile() throws Exception {
    Mock mock = Mock.start("--port", "0", "--fixture", "/no/such.json");
    try {
      assertThat(mock.awaitExit()).isEqualTo(1);
      assertThat(mock.stderrLines()).singleElement().asString().contains("/no/such.json");
    } finally {
      mock.kill();
    }
  }

  @Test
  void anInvalidFixtureFileExits1NamingFileAndField(@TempDir Path dir) throws Exception {
    Path fixture = dir.resolve("team.json");
    Files.writeString(fixture, """
        { "companies": [ { "domain": "acme" } ],
          "users": [ { "id": 7, "company": "acme", "full_name": "Sam Ple", "email": "s@a.example", "theme": "pink" } ] }
        """);

    Mock mock = Mock.start("--port", "0", "--fixture", fixture.toString());
    try {
      assertThat(mock.awaitExit()).isEqualTo(1);
      assertThat(mock.stderrLines()).singleElement().asString()
          .contains(fixture.toString()).contains("users[0].theme");
    } finally {
      mock.kill();
    }
  }

  @Test
  void eachStrictModeViolationIsOneLineOnStderrWithoutTheToken(@TempDir Path dir) throws Exception {
    Path contract = dir.resolve("kaiten-group-users.yaml");
    String bundled;
    try (InputStream in = CliIT.class.getResourceAsStream("/openapi/kaiten-group-users.yaml")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String invalidToken = "    InvalidToken:\n      description: The token is missing, malformed or unknown.\n";
    assertThat(bundled).contains(invalidToken);
    // A contract that wants a header on every 401 that the mock does not send.
    Files.writeString(contract, bundled.replace(invalidToken, invalidToken
        + "      headers:\n        X-Request-Id:\n          required: true\n          schema: {type: string}\n"));
    String canary = "canary-cli-token-7c1e5b";

    Mock mock = Mock.start("--port", "0", "--contract", contract.toString());
    try {
      String api = mock.awaitApiUrl();
      assertThat(status("GET", api + "/groups/developers/users", canary)).isEqualTo(401);
      assertThat(status("GET", api + "/groups/developers/users", "demo-admin-token")).isEqualTo(200);
      assertThat(status("DELETE", api + "/groups/developers/users/42?access_token=" + canary, canary)).isEqualTo(401);

      List<String> violations = mock.awaitStderr(2, line -> line.contains("strict mode:"));

      assertThat(violations).containsExactly(
          "kaiten-mock-server: strict mode: #1 GET /api/latest/groups/developers/users answered 401 (listGroupUsers)"
              + " against the contract: header: Parameter 'X-Request-Id' is required.",
          "kaiten-mock-server: strict mode: #3 DELETE /api/latest/groups/developers/users/42 answered 401"
              + " (removeUserFromGroup) against the contract: header: Parameter 'X-Request-Id' is required.");
      assertThat(mock.stderrLines()).as("once each, not also as a log line")
          .filteredOn(line -> line.contains("X-Request-Id")).hasSize(2);
      assertThat(String.join("\n", mock.stderrLines())).doesNotContain(canary).doesNotContain("demo-admin-token");
    } finally {
      mock.kill();
    }
  }

  private static int status(String method, String url, String token) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + token)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** One {@code java -jar} process with its output read as it comes. */
  private static final class Mock {
    final Process process;
    final LinkedBlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
    final Thread stderrReader;

    private Mock(Process process) {
      this.process = process;
      drain(process.getInputStream(), stdout::add, "stdout");
      this.stderrReader = drain(process.getErrorStream(), stderr::add, "stderr");
    }

    static Mock start(String... args) throws IOException {
      return startWith(List.of(), args);
    }

    static Mock startWith(List<String> jvmOptions, String... args) throws IOException {
      return new Mock(new ProcessBuilder(JarCommand.of(jar, jvmOptions, args)).start());
    }

    /** The API URL the banner prints, once it has. */
    String awaitApiUrl() throws InterruptedException {
      long deadline = System.nanoTime() + STARTUP.toNanos();
      List<String> seen = new ArrayList<>();
      while (System.nanoTime() < deadline) {
        String line = stdout.poll(100, TimeUnit.MILLISECONDS);
        if (line != null) {
          seen.add(line);
          Matcher matcher = API_LINE.matcher(line);
          if (matcher.matches()) {
            return matcher.group(1);
          }
        } else if (!process.isAlive() && stdout.isEmpty()) {
          break;
        }
      }
      throw new AssertionError("no API URL printed; stdout " + seen + ", stderr " + stderr);
    }

    /** The exit code, once the process has ended and its error output is read. */
    int awaitExit() throws InterruptedException {
      assertThat(process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)).as("process ended").isTrue();
      stderrReader.join(EXIT.toMillis());
      return process.exitValue();
    }

    /** The first stderr lines that match, once that many have been printed. */
    List<String> awaitStderr(int count, java.util.function.Predicate<String> matching) throws InterruptedException {
      long deadline = System.nanoTime() + STARTUP.toNanos();
      while (System.nanoTime() < deadline) {
        List<String> found = stderrLines().stream().filter(matching).toList();
        if (found.size() >= count) {
          return found;
        }
        Thread.sleep(50);
      }
      throw new AssertionError(count + " matching stderr lines expected; stderr " + stderrLines());
    }

    List<String> stderrLines() {
      synchronized (stderr) {
        return stderr.stream().filter(line -> !line.isBlank()).toList();
      }
    }

    void kill() throws InterruptedException {
      if (process.isAlive()) {
        process.destroyForcibly();
        process.waitFor(EXIT.toSeconds(), TimeUnit.SECONDS);
      }
    }

    private static Thread drain(InputStream stream, Consumer<String> lines, String name) {
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
          String line;
          while ((line = in.readLine()) != null) {
            lines.accept(line);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, "cli-it-" + name);
      reader.setDaemon(true);
      reader.start();
      return reader;
    }
  }
}
