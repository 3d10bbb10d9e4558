package io.kaitenkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.KaitenAdmin;
import io.kaitenkit.mock.admin.KaitenAdminException;
import io.kaitenkit.mock.admin.ProviderState;
import io.kaitenkit.mock.admin.RecordedExchange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A mock started with {@code java -jar}, scripted from this JVM through {@link KaitenAdmin#connect}. */
class KaitenAdminOverJarIT {
  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final Pattern BANNER_LINE = Pattern.compile("^\\s*(API|Admin):\\s+(\\S+).*$");
  private static final String ADMIN_TOKEN = "jar-it-admin-token";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Process process;
  private static String apiUrl;
  private static KaitenAdmin kaiten;

  @BeforeAll
  static void startTheJar() throws Exception {
    Path jar = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target/kaiten-mock-server.jar");
    assertThat(jar).as("the shaded jar; failsafe runs after package").isRegularFile();
    process = new ProcessBuilder(JarCommand.of(jar, List.of(), "--port", "0", "--admin-token", ADMIN_TOKEN))
        .redirectErrorStream(true).start();
    Map<String, String> urls = awaitBanner(process);
    apiUrl = urls.get("API");
    kaiten = KaitenAdmin.connect(URI.create(urls.get("Admin")), ADMIN_TOKEN);
  }

  @AfterAll
  static void stopTheJar() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void aTestScriptsTheJarThroughKaitenAdmin() throws Exception {
    kaiten.reset();

    kaiten.setUpProviderState(ProviderState.USER_IS_NOT_MEMBER.sentence(42, "developers"), Map.of());
    int removed = status("DELETE", "/groups/developers/users/42");
    RecordedExchange taken = kaiten.takeRequest(10, TimeUnit.SECONDS);

    assertThat(removed).isEqualTo(404);
    assertThat(taken.method()).isEqualTo("DELETE");
    assertThat(taken.path()).isEqualTo("/api/latest/groups/developers/users/42");
    assertThat(taken.status()).isEqualTo(404);
    assertThat(taken.operationId()).isEqualTo("removeUserFromGroup");
    assertThat(taken.header("Authorization")).doesNotContain("demo-admin-token");
    assertThat(kaiten.takeRequest(100, TimeUnit.MILLISECONDS)).isNull();

    Fault fault = kaiten.addFault(Fault.on("listGroupUsers").times(1).status(503));
    assertThat(kaiten.faults()).containsExactly(fault);
    assertThat(status("GET", "/groups/developers/users")).isEqualTo(503);
    assertThat(status("GET", "/groups/developers/users")).isEqualTo(200);
    assertThat(kaiten.faults()).isEmpty();

    kaiten.reset();

    assertThat(kaiten.requestCount()).isZero();
    assertThat(kaiten.requests()).isEmpty();
    assertThat(status("DELETE", "/groups/developers/users/42")).as("the fixture is back").isEqualTo(200);
  }

  @Test
  void withoutTheAdminTokenTheJarRefuses() {
    String adminUrl = apiUrl.replace("/api/latest", "/__admin");

    assertThatThrownBy(() -> KaitenAdmin.connect(URI.create(adminUrl)).rateLimit(9))
        .isInstanceOfSatisfying(KaitenAdminException.class, e -> assertThat(e.status()).isEqualTo(401));
    assertThat(kaiten.rateLimit()).isZero();
  }

  private static int status(String method, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + path))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer demo-admin-token")
        .method(method, HttpRequest.BodyPublishers.noBody())
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** The API and admin URLs the banner prints; the output is read on until the process ends. */
  private static Map<String, String> awaitBanner(Process process) throws InterruptedException {
    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "kaiten-admin-it-output");
    reader.setDaemon(true);
    reader.start();
    Map<String, String> urls = new java.util.HashMap<>();
    List<String> seen = new ArrayList<>();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (urls.size() < 2 && System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line == null) {
        if (!process.isAlive() && lines.isEmpty()) {
          break;
        }
        continue;
      }
      seen.add(line);
      Matcher matcher = BANNER_LINE.matcher(line);
      if (matcher.matches()) {
        urls.put(matcher.group(1), matcher.group(2));
      }
    }
    assertThat(urls).as("the banner's URLs; output " + seen).containsKeys("API", "Admin");
    return urls;
  }
}
