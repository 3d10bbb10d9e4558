package io.kaitenkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * bodies, and with the largest state the admin body limit admits, listed in one answer of a group of
 * all its users and read back whole with {@code GET /__admin/state}: it keeps answering, and its peak
 * resident memory stays under 300 MB under the flood and 400 MB with the largest state.
 */
class MemoryBoundsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern API_LINE = Pattern.compile("^\\s*API:\\s+(\\S+)\\s*$");
  private static final Duration FLOOD = Duration.ofSeconds(5);
  private static final int CLIENTS = 4;
  private static final int BODY_BYTES = 100 * 1000;
  private static final long MAX_PEAK_RSS_KIB = 300L * 1000;
  private static final int ADMIN_BODY_LIMIT = 8 * 1024 * 1024;
  private static final int MEMBERS = 100;
  /**
   * The heap grows to all its 256 MiB (268 MB) to read an 8 MiB state; the rest is the JVM's own (metaspace,
   * code, threads, GC, direct buffers), about 85 MB measured with native memory tracking. A run alone
   * peaks near 335 MB and one during a full build near 348 MB, so the bound leaves room for that noise
   * and still catches anything held outside the heap.
   */
  private static final long MAX_PEAK_RSS_BIG_STATE_KIB = 400L * 1000;

  /** The shaded jar on the heap documented for CI, on a free port. */
  private static Process startOnTheCiHeap() throws IOException {
    Path jar = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target/kaiten-mock-server.jar");
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString(), "--port", "0")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  @Test
  void aFloodOfLargeBodiesLeavesItAnsweringWithinItsMemory() throws Exception {
    Process process = startOnTheCiHeap();
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

  @Test
  void theLargestAdmittedStateFitsTheHeapIsListedAndReadBackAndA9MiBOneIs413() throws Exception {
    Process process = startOnTheCiHeap();
    try {
      String api = awaitApiUrl(process);
      URI state = URI.create(api).resolve("/__admin/state");
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      long baseKib = rssKib(process.pid(), "VmRSS:");
      String fixture = stateOfBytes(ADMIN_BODY_LIMIT - 4096);
      int users = fixture.split("\"full_name\"", -1).length - 1;

      HttpResponse<String> accepted = send(client, HttpRequest.newBuilder(state).header("Content-Type", "application/json")
          .timeout(Duration.ofSeconds(120)).PUT(HttpRequest.BodyPublishers.ofString(fixture)).build());

      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
      long loadedKib = rssKib(process.pid(), "VmRSS:");
      // Listed first, so that strict mode meets the list's shape in this answer of some 48 MB.
      long listStart = System.nanoTime();
      HttpResponse<InputStream> everyone = client.send(HttpRequest.newBuilder(URI.create(api + "/groups/everyone/users"))
          .header("Authorization", "Bearer big-state-admin-token").timeout(Duration.ofSeconds(120)).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertThat(everyone.statusCode()).isEqualTo(200);
      ListCount listed = countList(everyone.body());
      long listMillis = (System.nanoTime() - listStart) / 1_000_000;
      assertThat(listed.users()).as("members of the group of everyone").isEqualTo(users);
      assertThat(listed.lastId()).isEqualTo(users);
      assertThat(everyone.headers().firstValueAsLong("Content-Length")).hasValue(listed.bytes());
      long parallelStart = System.nanoTime();
      List<ListCount> together = listTogether(api + "/groups/everyone/users");
      long parallelMillis = (System.nanoTime() - parallelStart) / 1_000_000;
      assertThat(together).as("the same list to %d clients at once", CLIENTS).containsOnly(listed).hasSize(CLIENTS);
      HttpResponse<String> members = send(client, HttpRequest.newBuilder(URI.create(api + "/groups/crowd/users"))
          .header("Authorization", "Bearer big-state-admin-token").timeout(Duration.ofSeconds(30)).build());
      assertThat(members.statusCode()).isEqualTo(200);
      assertThat(members.body()).contains("\"full_name\":\"User 2 ").contains("\"id\":" + MEMBERS + ",");
      HttpResponse<String> page = send(client, HttpRequest.newBuilder(URI.create(api + "/users?limit=100&offset="
          + (users - 50))).header("Authorization", "Bearer big-state-admin-token").timeout(Duration.ofSeconds(30)).build());
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      assertThat(page.body()).contains("\"id\":" + users + ",");

      long stateStart = System.nanoTime();
      HttpResponse<InputStream> written = client.send(HttpRequest.newBuilder(state).timeout(Duration.ofSeconds(120)).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertThat(written.statusCode()).isEqualTo(200);
      StateCount read = countState(written.body());
      long stateMillis = (System.nanoTime() - stateStart) / 1_000_000;
      assertThat(read.users()).as("users in GET /__admin/state").isEqualTo(users);
      assertThat(read.members()).as("members of each group").containsEntry("crowd", MEMBERS).containsEntry("everyone", users);
      assertThat(read.tokens()).isEqualTo(1);
      long operationsStart = System.nanoTime();
      HttpResponse<String> operations = send(client, HttpRequest.newBuilder(URI.create(api).resolve("/__admin/operations"))
          .timeout(Duration.ofSeconds(120)).build());
      long operationsMillis = (System.nanoTime() - operationsStart) / 1_000_000;
      assertThat(operations.statusCode()).as("the dashboard's matrix of the big state").isEqualTo(200);
      assertThat(operations.body()).contains("\"operationId\":\"listGroupUsers\"").contains("big-state-admin-token");
      long afterKib = rssKib(process.pid(), "VmRSS:");

      byte[] tooLarge = new byte[9 * 1024 * 1024];
      Arrays.fill(tooLarge, (byte) ' ');
      tooLarge[0] = '{';
      tooLarge[tooLarge.length - 1] = '}';
      HttpResponse<String> refused = send(client, HttpRequest.newBuilder(state).header("Content-Type", "application/json")
          .timeout(Duration.ofSeconds(60)).PUT(HttpRequest.BodyPublishers.ofByteArray(tooLarge)).build());
      assertThat(refused.statusCode()).isEqualTo(413);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      assertThat(refused.body()).contains("exceeds the limit of 8388608 bytes");
      assertThat(send(client, HttpRequest.newBuilder(URI.create(api + "/users/current"))
          .header("Authorization", "Bearer big-state-admin-token").timeout(Duration.ofSeconds(30)).build()).statusCode())
          .as("still answering after the refusal, with the big state").isEqualTo(200);

      long peakKib = rssKib(process.pid(), "VmHWM:");
      System.out.println("MemoryBoundsIT: a state of " + fixture.length() + " bytes (" + users + " users) accepted; "
          + "the group of all of them listed (" + listed.bytes() + " bytes) in " + listMillis + " ms, to " + CLIENTS
          + " clients at once in " + parallelMillis + " ms; GET /__admin/state ("
          + read.bytes() + " bytes) in " + stateMillis + " ms; the dashboard's matrix in " + operationsMillis + " ms; VmRSS " + baseKib + " kB before, " + loadedKib
          + " kB loaded, " + afterKib + " kB after; VmHWM " + peakKib + " kB; heap: " + heapInfo(process.pid()));
      assertThat(peakKib).as("VmHWM in kB").isLessThan(MAX_PEAK_RSS_BIG_STATE_KIB);
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private record ListCount(int users, long lastId, long bytes) {}

  /** The list fetched by several clients at once, each on a connection of its own. */
  private static List<ListCount> listTogether(String url) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<ListCount>> running = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        running.add(clients.submit(() -> {
          HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
          HttpResponse<InputStream> answer = client.send(HttpRequest.newBuilder(URI.create(url))
              .header("Authorization", "Bearer big-state-admin-token").timeout(Duration.ofSeconds(120)).build(),
              HttpResponse.BodyHandlers.ofInputStream());
          assertThat(answer.statusCode()).isEqualTo(200);
          return countList(answer.body());
        }));
      }
      List<ListCount> counts = new ArrayList<>();
      for (Future<ListCount> client : running) {
        counts.add(client.get(180, TimeUnit.SECONDS));
      }
      return counts;
    } finally {
      clients.shutdownNow();
    }
  }

  /** Counts the users of a JSON array as it streams in: the test's own heap never holds the 48 MB. */
  private static ListCount countList(InputStream body) throws IOException {
    CountingStream counted = new CountingStream(body);
    try (JsonParser json = JSON.createParser(counted)) {
      assertThat(json.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      int users = 0;
      long lastId = 0;
      while (json.nextToken() == JsonToken.START_OBJECT) {
        JsonNode user = JSON.readTree(json);
        assertThat(user.size()).as("attributes of a UserExtended").isEqualTo(22);
        assertThat(user.get("id").asLong()).as("ids ascending").isGreaterThan(lastId);
        lastId = user.get("id").asLong();
        users++;
      }
      assertThat(json.nextToken()).as("nothing after the array").isNull();
      return new ListCount(users, lastId, counted.bytes);
    }
  }

  private record StateCount(int users, Map<String, Integer> members, int tokens, long bytes) {}

  /** Reads a fixture as it streams in: its users, the members of each group, its tokens. */
  private static StateCount countState(InputStream body) throws IOException {
    CountingStream counted = new CountingStream(body);
    try (JsonParser json = JSON.createParser(counted)) {
      assertThat(json.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      int users = 0;
      int tokens = 0;
      Map<String, Integer> members = new HashMap<>();
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        if (field.equals("users")) {
          while (json.nextToken() == JsonToken.START_OBJECT) {
            JsonNode user = JSON.readTree(json);
            assertThat(user.get("id").asLong()).isEqualTo(users + 1L);
            users++;
          }
        } else if (field.equals("groups")) {
          while (json.nextToken() == JsonToken.START_OBJECT) {
            JsonNode group = JSON.readTree(json);
            members.put(group.get("uid").asText(), group.get("users").size());
          }
        } else if (field.equals("tokens")) {
          tokens = JSON.readTree(json).size();
        } else {
          json.skipChildren();
        }
      }
      assertThat(json.nextToken()).as("nothing after the fixture").isNull();
      return new StateCount(users, members, tokens, counted.bytes);
    }
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends FilterInputStream {
    private long bytes;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      bytes += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      bytes += Math.max(0, n);
      return n;
    }
  }

  /**
   * A valid fixture of about the given size in bytes: one company, one admin with a token, as many
   * users as fit, the first of them members of one group and all of them of another. (Listing a group
   * answers all its members in one body, as Kaiten does: for the group of everyone, some 48 MB.)
   */
  private static String stateOfBytes(int bytes) {
    StringBuilder users = new StringBuilder("{\"id\":1,\"company\":\"acme\",\"company_admin\":true,"
        + "\"full_name\":\"Big State Admin\",\"email\":\"admin@acme.example\"}");
    StringBuilder members = new StringBuilder("1");
    StringBuilder everyone = new StringBuilder("1");
    String tail = "],\"groups\":[{\"uid\":\"crowd\",\"id\":10,\"company\":\"acme\",\"name\":\"Crowd\",\"users\":[";
    String between = "]},{\"uid\":\"everyone\",\"id\":11,\"company\":\"acme\",\"name\":\"Everyone\",\"users\":[";
    String end = "]}],\"tokens\":{\"big-state-admin-token\":1}}";
    String head = "{\"companies\":[{\"domain\":\"acme\",\"id\":1,\"tariff\":{\"groups\":true}}],\"users\":[";
    for (int id = 2; ; id++) {
      String user = ",{\"id\":" + id + ",\"company\":\"acme\",\"full_name\":\"User " + id + " of the big state\","
          + "\"email\":\"user" + id + "@acme.example\"}";
      String member = id <= MEMBERS ? "," + id : "";
      String everyMember = "," + id;
      if (head.length() + users.length() + user.length() + tail.length() + members.length() + member.length()
          + between.length() + everyone.length() + everyMember.length() + end.length() > bytes) {
        return head + users + tail + members + between + everyone + end;
      }
      users.append(user);
      members.append(member);
      everyone.append(everyMember);
    }
  }

  /** The JVM's own view of its heap, from {@code jcmd GC.heap_info}; "unknown" when jcmd cannot tell. */
  private static String heapInfo(long pid) {
    try {
      Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
      String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      jcmd.waitFor(30, TimeUnit.SECONDS);
      return out.lines().filter(line -> line.contains("total") && line.contains("used")).map(String::trim)
          .reduce((a, b) -> a + " | " + b).orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
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
    return rssKib(pid, "VmHWM:");
  }

  /** A memory figure of {@code /proc/PID/status} in kB, e.g. {@code VmHWM:} (the peak) or {@code VmRSS:}. */
  private static long rssKib(long pid, String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith(field)) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new AssertionError("no " + field + " in /proc/" + pid + "/status");
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
