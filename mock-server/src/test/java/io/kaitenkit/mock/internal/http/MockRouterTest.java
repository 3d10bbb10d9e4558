package io.kaitenkit.mock.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kaitenkit.mock.LogCapture;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A request without a body on a plain path is answered before the router sees it (Java's client sends
 * its DELETE with {@code Content-Length: 0}, which announces none); the same request with its path
 * percent-encoded goes through the router. Both must come out alike: the answer, the failures, and
 * what the journal keeps.
 */
@Isolated
class MockRouterTest {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();
  private static final String PLAIN = "/api/latest/groups/g1/users/5";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final String ROUTED = "/api/latest/groups/g%31/users/5"; // "%" is not plain: the router's

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Journal journal = new Journal(100, 1 << 20);
  @RegisterExtension
  final LogCapture log = LogCapture.of(HttpErrors.class.getName());
  private Dispatcher operations;
  private Vertx vertx;
  private String base;

  @BeforeEach
  void listen() throws Exception {
    vertx = Vertx.vertx();
    MockRouter.Dispatch dispatch = new MockRouter.Dispatch(SPEC.operations(), call -> operations.dispatch(call),
        new NoRoute(SPEC));
    HttpServer server = vertx.createHttpServer()
        .requestHandler(MockRouter.create(vertx, SPEC, dispatch, 1 << 20, journal, Router.router(vertx)))
        .listen(0, "127.0.0.1").await();
    base = "http://127.0.0.1:" + server.actualPort();
  }

  @AfterEach
  void close() throws Exception {
    vertx.close().await();
  }

  @Test
  void anAnswerAndItsJournalEntryAreTheSameEitherWay() throws Exception {
    operations = call -> Dispatcher.now(Reply.json(200, Buffer.buffer("{\"id\":" + call.pathParam("user_id") + "}"))
        .withHeader("X-Group", call.pathParam("group_uid")));

    for (String path : List.of(PLAIN, ROUTED)) {
      HttpResponse<String> response = delete(path);

      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue(Reply.JSON);
      assertThat(response.headers().firstValue("X-Group")).as(path).hasValue("g1");
      assertThat(response.body()).as(path).isEqualTo("{\"id\":5}");
    }
    List<RecordedExchange> entries = journal.entries(); // recorded before each answer went out: no wait
    assertThat(entries).extracting(RecordedExchange::path).containsExactly(PLAIN, ROUTED);
    for (RecordedExchange entry : entries) {
      assertThat(entry.method()).isEqualTo("DELETE");
      assertThat(entry.status()).isEqualTo(200);
      assertThat(entry.operationId()).isEqualTo("removeUserFromGroup");
      assertThat(entry.body()).isNull();
      assertThat(entry.header("Authorization")).isEqualTo("Bearer secr…(12)");
    }
    assertThat(entries.get(0).sequence()).isLessThan(entries.get(1).sequence());
  }

  @Test
  void aDispatcherThatThrowsGetsTheMocksJson500EitherWay() throws Exception {
    operations = call -> {
      throw new IllegalStateException("broken");
    };

    assertInternalErrorEitherWay("IllegalStateException");
  }

  @Test
  void anAnswerThatFailsGetsTheMocksJson500EitherWay() throws Exception {
    operations = call -> Future.failedFuture(new ArithmeticException("later"));

    assertInternalErrorEitherWay("ArithmeticException");
  }

  @Test
  void aRequestWithABodyOnAPlainPathGoesThroughTheRouter() throws Exception {
    operations = call -> Dispatcher.now(Reply.json(200, Buffer.buffer("{\"body\":\"" + call.body() + "\"}")));

    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + PLAIN))
        .header("Authorization", "Bearer secret-token").header("Content-Type", "text/plain")
        .method("DELETE", HttpRequest.BodyPublishers.ofString("why")).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"body\":\"why\"}");
    assertThat(journal.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.body()).isEqualTo("why");
      assertThat(entry.status()).isEqualTo(200);
    });
  }

  private void assertInternalErrorEitherWay(String failure) throws Exception {
    for (String path : List.of(PLAIN, ROUTED)) {
      HttpResponse<String> response = delete(path);

      assertThat(response.statusCode()).as(path).isEqualTo(500);
      assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue(Reply.JSON);
      assertThat(response.body()).as(path).isEqualTo(MessageJson.of("Internal error of the mock: " + failure));
    }
    assertThat(log.messages()).hasSize(2).allSatisfy(message -> assertThat(message)
        .startsWith("Failed to answer DELETE /api/latest/groups/").contains(failure));
    assertThat(journal.entries()).extracting(RecordedExchange::path, RecordedExchange::status,
        RecordedExchange::operationId).containsExactly(
            tuple(PLAIN, 500, "removeUserFromGroup"),
            tuple(ROUTED, 500, "removeUserFromGroup"));
  }

  private HttpResponse<String> delete(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).DELETE().timeout(TIMEOUT)
        .header("Authorization", "Bearer secret-token").build(), HttpResponse.BodyHandlers.ofString());
  }
}
