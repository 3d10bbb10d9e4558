import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the runnable jar's class-data sharing archive, which starts the CLI about a third sooner:
 * runs the jar once as the README starts it, asks it what a first test asks, and stops it, and the JVM
 * writes out the classes it loaded. A build that cannot write it says so and goes on: the archive only
 * saves time, and a JVM given a missing or stale one starts without it.
 * Usage: java StartupArchive.java JAR ARCHIVE
 */
public class StartupArchive {
  private static final Pattern ORIGIN = Pattern.compile("http://127\\.0\\.0\\.1:\\d+");

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    Path archive = Path.of(args[1]);
    Files.deleteIfExists(archive);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process mock = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=error",
        "-Xlog:cds+dynamic=error", "-jar", jar.toString(), "--port", "0")
        .redirectErrorStream(true).start();
    try {
      String origin = originOf(mock).get(60, TimeUnit.SECONDS);
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      // The demo fixture's admin token; user 999999 is no member, so its removal is the 404 path.
      ask(client, "GET", origin + "/api/latest/groups/developers/users", 200);
      ask(client, "GET", origin + "/api/latest/users/current", 200);
      ask(client, "GET", origin + "/api/latest/company/groups", 200);
      ask(client, "DELETE", origin + "/api/latest/groups/developers/users/999999", 404);
    } catch (Exception e) {
      System.err.println("warning: no startup archive for " + jar + ": " + e);
      mock.destroyForcibly();
      return;
    }
    mock.destroy(); // a stop like Ctrl-C: the JVM writes the archive as it exits
    if (!mock.waitFor(120, TimeUnit.SECONDS)) {
      mock.destroyForcibly();
    }
    System.out.println(Files.exists(archive)
        ? "Startup archive: " + archive + " (" + Files.size(archive) / (1024 * 1024) + " MB)"
        : "warning: the JVM wrote no startup archive for " + jar);
  }

  /** The origin the mock's banner names; the rest of its output is read and dropped. */
  private static CompletableFuture<String> originOf(Process mock) {
    CompletableFuture<String> origin = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          Matcher found = ORIGIN.matcher(line);
          if (!origin.isDone() && found.find()) {
            origin.complete(found.group());
          }
        }
        origin.completeExceptionally(new IllegalStateException("the mock stopped before it listened"));
      } catch (Exception e) {
        origin.completeExceptionally(e);
      }
    });
    reader.setDaemon(true);
    reader.start();
    return origin;
  }

  /** Sends the request; another status than a first test gets would leave its classes out of the archive. */
  private static void ask(HttpClient client, String method, String url, int expected) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody())
        .header("Authorization", "Bearer demo-admin-token").timeout(Duration.ofSeconds(30)).build();
    int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    if (status != expected) {
      throw new IllegalStateException(method + " " + url + " answered " + status + ", not " + expected);
    }
  }
}
