package io.kaitenkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An in-process HTTP server on 127.0.0.1 that answers what was enqueued (or what a dispatcher says) and
 * records every request. With nothing enqueued it answers 500.
 */
final class StubServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final BlockingQueue<StubResponse> responses = new LinkedBlockingQueue<>();
  private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private volatile Function<RecordedRequest, StubResponse> dispatcher;

  private StubServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static StubServer start() {
    return new StubServer();
  }

  /** The base URI a client should be given: {@code http://127.0.0.1:<port>/api/latest}. */
  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/latest");
  }

  StubServer enqueue(StubResponse response) {
    responses.add(response);
    return this;
  }

  /** Answers every request with what the function makes of it, instead of the queue. */
  void dispatch(Function<RecordedRequest, StubResponse> dispatcher) {
    this.dispatcher = dispatcher;
  }

  /** The next request received, waiting up to 5 s for it. */
  RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = requests.poll(5, TimeUnit.SECONDS);
    assertThat(request).as("a request within 5 s").isNotNull();
    return request;
  }

  int requestCount() {
    return requestCount.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath(), Map.copyOf(headers), body, Instant.now());
      requestCount.incrementAndGet();
      requests.add(request);
      StubResponse response = answer(request);
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      if (response.body() == null) {
        exchange.sendResponseHeaders(response.status(), -1);
      } else {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
      }
    }
  }

  private StubResponse answer(RecordedRequest request) {
    Function<RecordedRequest, StubResponse> current = dispatcher;
    if (current != null) {
      return current.apply(request);
    }
    StubResponse next = responses.poll();
    if (next != null) {
      return next;
    }
    return StubResponse.text(500, "nothing enqueued for " + request.method() + " " + request.rawPath());
  }
}
