package io.kaitenkit.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tiny HTTP client for tests: one call, a status, headers and a body as text. */
final class TestHttp {
  private static final HttpClient CLIENT = newClient();

  /** What came back. */
  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(null);
    }
  }

  /** What came back, with the body's bytes as they were on the wire (e.g. still gzip-compressed). */
  record RawAnswer(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return new Answer(status, headers, "").header(name);
    }
  }

  private final String method;
  private final String url;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private byte[] body;
  private boolean newConnection;

  private TestHttp(String method, String url) {
    this.method = method;
    this.url = url;
  }

  static TestHttp request(String method, String url) {
    return new TestHttp(method, url);
  }

  TestHttp header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  TestHttp token(String token) {
    return header("Authorization", "Bearer " + token);
  }

  TestHttp json(String json) {
    body(json);
    return header("Content-Type", "application/json");
  }

  TestHttp body(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  TestHttp bytes(byte[] bytes) {
    this.body = bytes;
    return this;
  }

  /**
   * Sends on a connection of its own instead of the shared pool, for requests after which the server
   * may close the connection: the next request on the pool then does not meet a closed socket.
   */
  TestHttp onNewConnection() {
    this.newConnection = true;
    return this;
  }

  Answer send() {
    HttpResponse<byte[]> response = exchange();
    return new Answer(response.statusCode(), headersOf(response),
        new String(response.body(), StandardCharsets.UTF_8));
  }

  /** Sends without decoding the body, for answers whose bytes matter. */
  RawAnswer sendRaw() {
    HttpResponse<byte[]> response = exchange();
    return new RawAnswer(response.statusCode(), headersOf(response), response.body());
  }

  @Override
  public String toString() {
    return method + " " + url + " " + headers.keySet()
        + (body == null ? "" : " " + new String(body, StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> exchange() {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(builder::header);
    try {
      HttpClient client = newConnection ? newClient() : CLIENT;
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(this + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static Map<String, String> headersOf(HttpResponse<?> response) {
    Map<String, String> answerHeaders = new LinkedHashMap<>();
    response.headers().map().forEach((name, values) -> answerHeaders.put(name, String.join(",", values)));
    return answerHeaders;
  }
}
