package io.kaitenkit.mock.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server listening before its router exists turns requests away, then hands every one to the router. */
class RequestHandoffTest {
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final RequestHandoff handoff = new RequestHandoff();
  private Vertx vertx;
  private URI uri;

  @BeforeEach
  void listen() throws Exception {
    vertx = Vertx.vertx();
    HttpServer server = vertx.createHttpServer().requestHandler(handoff).listen(0, "127.0.0.1").await();
    uri = URI.create("http://127.0.0.1:" + server.actualPort() + "/api/latest/users/current");
  }

  @AfterEach
  void close() throws Exception {
    vertx.close().await();
  }

  @Test
  void beforeTheHandOffARequestGetsA503AskingToRetryOnANewConnection() throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Reply.JSON);
    assertThat(response.headers().firstValue("Connection")).hasValue("close");
    assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(response.body()).isEqualTo("{\"message\":\"The Kaiten mock is starting; try again in a moment\"}");
  }

  @Test
  void afterTheHandOffEveryRequestReachesTheHandler() throws Exception {
    AtomicInteger handled = new AtomicInteger();
    handoff.handTo(request -> request.response().end("routed " + handled.incrementAndGet() + " " + request.path()));

    for (int i = 1; i <= 2; i++) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("routed " + i + " /api/latest/users/current");
    }
    assertThat(handled).hasValue(2);
  }
}
