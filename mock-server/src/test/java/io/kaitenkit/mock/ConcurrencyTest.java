package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.RecordedExchange;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many clients at once: exactly-once membership changes, a consistent journal, a state equal to its history. */
class ConcurrencyTest {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void sixtyFourConcurrentDeletesOfOneMembershipYieldOne200AndSixtyThree404s() {
    for (int round = 0; round < 50; round++) {
      kaiten().state().addMember(Demo.DESIGNERS, Demo.ADA);
      List<CompletableFuture<HttpResponse<String>>> deletes = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        deletes.add(CLIENT.sendAsync(request("DELETE", "/groups/designers/users/42", null),
            HttpResponse.BodyHandlers.ofString()));
      }
      List<Integer> statuses = deletes.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

      assertThat(statuses).as("round %d", round).filteredOn(status -> status == 200).hasSize(1);
      assertThat(statuses).as("round %d", round).filteredOn(status -> status == 404).hasSize(63);
      assertThat(kaiten().state().isMember(Demo.DESIGNERS, Demo.ADA)).isFalse();
    }
    assertThat(kaiten().requestCount()).isEqualTo(50 * 64);
    assertThat(kaiten().requests()).filteredOn(exchange -> !exchange.violations().isEmpty()).isEmpty();
  }

  @Test
  void aStormFromEightThreadsEndsInTheStateItsJournalReplaysTo() throws Exception {
    Map<String, TreeSet<Long>> expected = membership();
    AtomicInteger sent = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        long seed = t;
        done.add(threads.submit(() -> storm(new Random(seed), 150, sent)));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      threads.shutdownNow();
    }

    List<RecordedExchange> journal = new ArrayList<>(kaiten().requests());
    journal.sort(Comparator.comparingLong(RecordedExchange::sequence));
    for (RecordedExchange request : journal) {
      replay(request, expected);
    }

    assertThat(kaiten().requestCount()).isEqualTo(sent.get());
    assertThat(journal).hasSize(sent.get());
    assertThat(membership()).isEqualTo(expected);
    assertThat(kaiten().requests()).filteredOn(exchange -> !exchange.violations().isEmpty()).isEmpty();
  }

  private static final String[] GROUPS = {Demo.DEVELOPERS, Demo.DESIGNERS};
  private static final long[] USERS = {Demo.ADA, Demo.ALAN, Demo.GRACE, Demo.BOB, 3, Demo.DAN};

  private static void storm(Random random, int requests, AtomicInteger sent) {
    for (int i = 0; i < requests; i++) {
      String group = GROUPS[random.nextInt(GROUPS.length)];
      long user = USERS[random.nextInt(USERS.length)];
      HttpRequest request = switch (random.nextInt(3)) {
        case 0 -> request("POST", "/groups/" + group + "/users", "{\"user_id\":" + user + "}");
        case 1 -> request("DELETE", "/groups/" + group + "/users/" + user, null);
        default -> request("GET", "/groups/" + group + "/users", null);
      };
      try {
        int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).isIn(200, 404);
        sent.incrementAndGet();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }

  /** Applies a successful change of the journal to the model of the state. */
  private static void replay(RecordedExchange request, Map<String, TreeSet<Long>> members) {
    if (request.status() != 200 || request.method().equals("GET")) {
      return;
    }
    String[] segments = request.path().split("/"); // "", api, latest, groups, {uid}, users[, {id}]
    String group = segments[4];
    if (request.method().equals("POST")) {
      members.get(group).add(Long.parseLong(request.body().replaceAll("\\D", "")));
    } else {
      members.get(group).remove(Long.parseLong(segments[6]));
    }
  }

  private static Map<String, TreeSet<Long>> membership() {
    Map<String, TreeSet<Long>> members = new TreeMap<>();
    for (String group : GROUPS) {
      members.put(group, new TreeSet<>(kaiten().state().members(group)));
    }
    return members;
  }

  private static HttpRequest request(String method, String path, String json) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(kaiten().url(path)))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + Demo.ADMIN);
    if (json == null) {
      return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return builder.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }
}
