package io.kaitenkit.mock.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PfxOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/** A stand-in for the real Kaiten on 127.0.0.1: answers as a test scripts it and keeps what it received. */
final class StubUpstream implements AutoCloseable {
  /** A request as the upstream received it. */
  record Received(String method, String uri, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : String.join(",", values);
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final Vertx vertx;
  private final HttpServer server;
  private final boolean tls;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private volatile BiConsumer<HttpServerRequest, Buffer> responder =
      (request, body) -> request.response().setStatusCode(500).end("no answer scripted");

  private StubUpstream(HttpServerOptions options) {
    this.vertx = Vertx.vertx();
    this.tls = options.isSsl();
    this.server = vertx.createHttpServer(options).requestHandler(request -> request.body().onSuccess(body -> {
      TreeMap<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      request.headers().forEach(header ->
          headers.computeIfAbsent(header.getKey(), k -> new ArrayList<>()).add(header.getValue()));
      received.add(new Received(request.method().name(), request.uri(), headers, body.getBytes()));
      responder.accept(request, body);
    }));
    server.listen(0, "127.0.0.1").await();
  }

  static StubUpstream start() {
    return new StubUpstream(new HttpServerOptions());
  }

  /** An https upstream with the key and certificate of a PKCS#12 keystore. */
  static StubUpstream startTls(Path keystore, String password) {
    return new StubUpstream(new HttpServerOptions().setSsl(true)
        .setKeyCertOptions(new PfxOptions().setPath(keystore.toString()).setPassword(password)));
  }

  URI uri() {
    return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + port());
  }

  int port() {
    return server.actualPort();
  }

  /** Answers every request with this status, headers and body. */
  StubUpstream answer(int status, Map<String, String> headers, String body) {
    return answer((request, requestBody) -> {
      request.response().setStatusCode(status);
      headers.forEach(request.response()::putHeader);
      if (body == null) {
        request.response().end();
      } else {
        request.response().end(body);
      }
    });
  }

  /** Answers every request with JSON. */
  StubUpstream answerJson(int status, String json) {
    return answer(status, Map.of("Content-Type", "application/json; charset=utf-8"), json);
  }

  /** Answers as the given code does. */
  StubUpstream answer(BiConsumer<HttpServerRequest, Buffer> responder) {
    this.responder = responder;
    return this;
  }

  /** Reads requests but never answers them. */
  StubUpstream silent() {
    return answer((request, body) -> { });
  }

  /** The next request the upstream received; fails when none arrives within 5 seconds. */
  Received take() throws InterruptedException {
    Received next = received.poll(5, TimeUnit.SECONDS);
    assertThat(next).as("a request at the upstream").isNotNull();
    return next;
  }

  /** How many requests have arrived and not been taken. */
  int pending() {
    return received.size();
  }

  /** Forgets the requests not yet taken. */
  void clearReceived() {
    received.clear();
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}
