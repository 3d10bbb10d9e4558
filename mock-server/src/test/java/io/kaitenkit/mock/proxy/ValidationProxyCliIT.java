package io.kaitenkit.mock.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.cli.JarCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as a nightly CI job uses it: {@code --proxy-to … --fail-on-drift}, stopped with SIGTERM. */
class ValidationProxyCliIT {
  private static final Path JAR = Path.of("target", "kaiten-mock-server.jar");

  @TempDir
  Path dir;

  @Test
  void driftMakesTheProcessExitNonZeroWithAOneLineSummary() throws Exception {
    try (StubUpstream upstream = StubUpstream.start().answerJson(200, Users.changed(user -> user.remove("email")))) {
      RunningJar mock = RunningJar.start(dir, List.of(), "--proxy-to", upstream.uri().toString(), "--fail-on-drift");

      Call.Answer answer = Call.to("DELETE", mock.apiUrl() + "/groups/developers/users/42").token("t0ken-1").send();
      Stopped stopped = mock.stop();

      assertThat(answer.status()).isEqualTo(200);
      assertThat(stopped.exitCode()).as(stopped.stderr()).isEqualTo(1);
      assertThat(stopped.stderr()).contains("kaiten-mock-server: drift: 1 of 1 proxied exchanges departed from the"
          + " contract: removeUserFromGroup 200 [response body: Field 'email' is required.]\n");
    }
  }

  @Test
  void noDriftMakesTheProcessExitZero() throws Exception {
    try (StubUpstream upstream = StubUpstream.start().answerJson(200, Users.conforming())) {
      RunningJar mock = RunningJar.start(dir, List.of(), "--proxy-to", upstream.uri().toString(), "--fail-on-drift");

      Call.Answer answer = Call.to("DELETE", mock.apiUrl() + "/groups/developers/users/42").token("t0ken-1").send();
      Stopped stopped = mock.stop();

      assertThat(answer.status()).isEqualTo(200);
      assertThat(stopped.exitCode()).as(stopped.stderr()).isZero();
      assertThat(stopped.stderr())
          .contains("kaiten-mock-server: no drift: 1 proxied exchanges conformed to the contract\n");
    }
  }

  @Test
  void failOnDriftFailsWhenNoExchangeWasChecked() throws Exception {
    try (StubUpstream upstream = StubUpstream.start().answerJson(200, Users.conforming())) {
      RunningJar mock = RunningJar.start(dir, List.of(), "--proxy-to", upstream.uri().toString(), "--fail-on-drift");

      Stopped stopped = mock.stop(); // no request came: a job pointed at the wrong URL looks like this

      assertThat(stopped.exitCode()).as(stopped.stderr()).isEqualTo(1);
      assertThat(stopped.stderr()).contains("kaiten-mock-server: nothing was checked, so --fail-on-drift fails:"
          + " no drift: 0 proxied exchanges conformed to the contract\n");
    }
  }

  @Test
  void httpsUpstreamTrustedByTheJvmIsProxiedWithItsNameVerified() throws Exception {
    Path keystore = TestCertificates.keystore(dir, "ip:127.0.0.1");
    try (StubUpstream upstream = StubUpstream.startTls(keystore, TestCertificates.PASSWORD)
        .answerJson(200, Users.conforming())) {
      RunningJar mock = RunningJar.start(dir, trusting(keystore),
          "--proxy-to", upstream.uri().toString(), "--fail-on-drift");

      Call.Answer answer = Call.to("DELETE", mock.apiUrl() + "/groups/developers/users/42").token("t0ken-1").send();
      Stopped stopped = mock.stop();

      assertThat(answer.status()).as(answer.text()).isEqualTo(200);
      assertThat(answer.text()).isEqualTo(Users.conforming());
      assertThat(upstream.take().header("Authorization")).isEqualTo("Bearer t0ken-1");
      assertThat(stopped.exitCode()).as(stopped.stderr()).isZero();
    }
  }

  @Test
  void httpsUpstreamWhoseCertificateNamesAnotherHostGets502() throws Exception {
    Path keystore = TestCertificates.keystore(dir, "dns:kaiten.invalid");
    try (StubUpstream upstream = StubUpstream.startTls(keystore, TestCertificates.PASSWORD)
        .answerJson(200, Users.conforming())) {
      RunningJar mock = RunningJar.start(dir, trusting(keystore), "--proxy-to", upstream.uri().toString());

      Call.Answer answer = Call.to("DELETE", mock.apiUrl() + "/groups/developers/users/42").token("t0ken-1").send();
      Stopped stopped = mock.stop();

      assertThat(answer.status()).isEqualTo(502);
      assertThat(answer.text()).contains("TLS with upstream 127.0.0.1:" + upstream.port() + " failed");
      assertThat(upstream.pending()).isZero();
      assertThat(stopped.stderr()).contains("1 got no answer from the upstream");
    }
  }

  private static List<String> trusting(Path keystore) throws Exception {
    Path trustStore = TestCertificates.trustStoreFor(keystore);
    return List.of("-Djavax.net.ssl.trustStore=" + trustStore,
        "-Djavax.net.ssl.trustStorePassword=" + TestCertificates.PASSWORD,
        "-Djavax.net.ssl.trustStoreType=PKCS12");
  }

  record Stopped(int exitCode, String stderr) {}

  /** The jar in its own JVM; its stdout is read until the banner names the API's URL. */
  private record RunningJar(Process process, String apiUrl, Path stderr) {
    static RunningJar start(Path dir, List<String> jvmOptions, String... arguments) throws Exception {
      assertThat(JAR).as("the shaded jar; run the package phase first").exists();
      List<String> command = new ArrayList<>(JarCommand.of(JAR, jvmOptions, "--port", "0"));
      command.addAll(List.of(arguments));
      Path stderr = Files.createTempFile(dir, "stderr", ".txt");
      Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
      CompletableFuture<String> apiUrl = CompletableFuture.supplyAsync(() -> readApiUrl(process));
      try {
        return new RunningJar(process, apiUrl.get(60, TimeUnit.SECONDS), stderr);
      } catch (Exception e) {
        process.destroyForcibly();
        throw new AssertionError("the mock did not start: " + Files.readString(stderr), e);
      }
    }

    /** Reads the banner's {@code API:} line, then keeps draining stdout so that the process never blocks. */
    private static String readApiUrl(Process process) {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      try {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.trim().startsWith("API:")) {
            String url = line.trim().substring("API:".length()).trim();
            Thread drain = new Thread(() -> {
              try {
                out.lines().forEach(ignored -> { });
              } catch (java.io.UncheckedIOException closed) {
                // the test closed the stream once the process ended: nothing left to drain
              }
            }, "mock-stdout");
            drain.setDaemon(true);
            drain.start();
            return url;
          }
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      throw new IllegalStateException("the mock's stdout ended before the banner");
    }

    /** SIGTERM, as CI sends it at the end of a job, then waits for the exit. */
    Stopped stop() throws Exception {
      process.destroy();
      boolean exited = process.waitFor(60, TimeUnit.SECONDS);
      if (!exited) {
        process.destroyForcibly();
      }
      assertThat(exited).as("the mock exited after SIGTERM").isTrue();
      return new Stopped(process.exitValue(), Files.readString(stderr));
    }
  }
}
