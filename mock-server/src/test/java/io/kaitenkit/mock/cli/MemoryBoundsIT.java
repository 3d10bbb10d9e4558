package io.kaitenkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The jar on the heap documented for CI ({@code -XX:+UseSerialGC -Xmx256m}) under a flood of 100 KB
 * bodies: it keeps answering, and its peak resident memory stays under 300 MB.
 */
class MemoryBoundsIT {
  private static final Pattern API_LINE = Pattern.compile("^\\s*API:\\s+(\\S+)\\s*$");
  private static final Duration FLOOD = Duration.ofSeconds(5);
  private static final int CLIENTS = 4;
  private static final int BODY_BYTES = 100 * 1000;
  private static final long MAX_PEAK_RSS_KIB = 300L * 1000;

  @Test
  void aFloodOfLargeBodiesLeavesItAnsweringWithinItsMemory() throws Exception {
    Path jar = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target/kaiten-mock-server.jar");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString(), "--port", "0")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String api = awaitApiUrl(process);
      URI origin = URI.create(api).resolve("/");
      long sent = flood(api + "/groups/developers/users");

      assertThat(sent).as("requests sent during the flood").isGreaterThan(CLIENTS);
      HttpResponse<String> normal = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
          URI.create(api + "/groups/developers/users")).header("Authorization", "Bearer demo-admin-token").build());
      assertThat(normal.statusCode()).isEqualTo(200);
      assertThat(normal.body()).contains("\"id\":42");

      byte[] huge = new byte[12 * 1024 * 1024];
      Arrays.fill(huge, (byte) ' ');
      huge[0] = '{';
      huge[huge.length - 1] = '}';
      HttpResponse<String> refused = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(origin.resolve("/__admin/state"))
          .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(huge)).build());
      assertThat(refused.statusCode()).isEqualTo(413);
      assertThat(refused.body()).contains("exceeds the limit of 8388608 bytes");
      assertThat(send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(api + "/groups/developers/users"))
          .header("Authorization", "Bearer demo-admin-token").build()).statusCode()).isEqualTo(200);

      long peakKib = peakRssKib(process.pid());
      System.out.println("MemoryBoundsIT: " + sent + " requests of " + BODY_BYTES + " bytes in " + FLOOD.toSeconds()
          + " s from " + CLIENTS + " clients; VmHWM " + peakKib + " kB");
      assertThat(peakKib).as("VmHWM in kB").isLessThan(MAX_PEAK_RSS_KIB);
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** A few clients posting 100 KB bodies as fast as they are answered, until the flood's time is up. */
  private static long flood(String url) throws Exception {
    byte[] body = ("{\"user_id\":42,\"note\":\"" + "x".repeat(BODY_BYTES - 30) + "\"}").getBytes(StandardCharsets.UTF_8);
    long deadline = System.nanoTime() + FLOOD.toNanos();
    AtomicLong sent = new AtomicLong();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        running.add(clients.submit(() -> {
          HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
          while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = send(client, HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer demo-admin-token").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            assertThat(answer.statusCode()).isBetween(200, 499);
            sent.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> client : running) {
        client.get(FLOOD.toSeconds() + 30, TimeUnit.SECONDS);
      }
    } finally {
      clients.shutdownNow();
    }
    return sent.get();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static long peakRssKib(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new AssertionError("no VmHWM in /proc/" + pid + "/status");
  }

  private static String awaitApiUrl(Process process) throws Exception {
    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the process ended
      }
    }, "memory-it-stdout");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      Matcher matcher = line == null ? null : API_LINE.matcher(line);
      if (matcher != null && matcher.matches()) {
        return matcher.group(1);
      }
      assertThat(process.isAlive() || !lines.isEmpty()).as("the mock is running").isTrue();
    }
    throw new AssertionError("no API URL printed");
  }
}
