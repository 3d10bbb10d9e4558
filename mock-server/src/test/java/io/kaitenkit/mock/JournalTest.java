package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.RecordedExchange;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request journal from Java: bounded, ordered, redacted, and handed out one by one. */
class JournalTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder()
      .options(MockOptions.builder().journalCapacity(3).build())
      .build();

  @Test
  void keepsTheNewestEntriesUpToItsCapacityButCountsAll() {
    for (int i = 0; i < 5; i++) {
      TestHttp.request("GET", kaiten().url("/groups/developers/users?page=" + i)).token("demo-admin-token").send();
    }

    assertThat(kaiten().requestCount()).isEqualTo(5);
    assertThat(kaiten().requests()).extracting(RecordedExchange::query)
        .containsExactly("page=2", "page=3", "page=4");
  }

  @Test
  void recordsWhatWasSentAndAnswered() throws Exception {
    TestHttp.request("POST", kaiten().url("/groups/designers/users")).token("demo-admin-token")
        .json("{\"user_id\":42}").send();

    RecordedExchange request = kaiten().takeRequest(5, TimeUnit.SECONDS);

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/latest/groups/designers/users");
    assertThat(request.body()).isEqualTo("{\"user_id\":42}");
    assertThat(request.status()).isEqualTo(200);
    assertThat(request.operationId()).isEqualTo("addUserToGroup");
    assertThat(request.header("content-type")).isEqualTo("application/json");
    assertThat(request.violations()).isEmpty();
    assertThat(request.durationMicros()).isNotNegative();
  }

  @Test
  void tokensNeverAppearInTheJournal() throws Exception {
    String canary = "canary-7f3a9c1e5b2d4f60";
    TestHttp.request("GET", kaiten().url("/groups/developers/users")).token(canary)
        .header("X-Api-Key", canary).header("Cookie", "session=" + canary).send();

    RecordedExchange request = kaiten().takeRequest(5, TimeUnit.SECONDS);

    assertThat(request.toString()).doesNotContain(canary);
    assertThat(request.headers().toString()).doesNotContain(canary);
    assertThat(request.header("Authorization")).isEqualTo("Bearer cana…(23)");
    assertThat(request.status()).isEqualTo(401);
  }

  @Test
  void unknownPathsAreRecordedWithoutAnOperation() throws Exception {
    TestHttp.request("GET", kaiten().url("/boards")).send();

    RecordedExchange request = kaiten().takeRequest(5, TimeUnit.SECONDS);

    assertThat(request.status()).isEqualTo(404);
    assertThat(request.operationId()).isNull();
  }

  @Test
  void takeRequestHandsRequestsOutInOrderAndAnswersNullWhenNoneArrives() throws Exception {
    TestHttp.request("GET", kaiten().url("/groups/developers/users?n=1")).token("demo-admin-token").send();
    TestHttp.request("GET", kaiten().url("/groups/developers/users?n=2")).token("demo-admin-token").send();

    assertThat(kaiten().takeRequest(5, TimeUnit.SECONDS).query()).isEqualTo("n=1");
    assertThat(kaiten().takeRequest(5, TimeUnit.SECONDS).query()).isEqualTo("n=2");
    assertThat(kaiten().takeRequest(50, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void sequenceNumbersGoOnAcrossClears() {
    TestHttp.request("GET", kaiten().url("/groups/developers/users")).token("demo-admin-token").send();
    long first = kaiten().requests().get(0).sequence();
    kaiten().clearRequests();
    TestHttp.request("GET", kaiten().url("/groups/developers/users")).token("demo-admin-token").send();

    assertThat(kaiten().requests()).singleElement().extracting(RecordedExchange::sequence)
        .isEqualTo(first + 1);
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }
}
