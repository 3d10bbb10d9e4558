package io.kaitenkit.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tiny HTTP client for tests: one call, a status, headers and a body as text. */
final class TestHttp {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

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

  private final String method;
  private final String url;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private String body;

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
    this.body = json;
    return header("Content-Type", "application/json");
  }

  TestHttp body(String text) {
    this.body = text;
    return this;
  }

  Answer send() {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(builder::header);
    try {
      HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> answerHeaders = new LinkedHashMap<>();
      response.headers().map().forEach((name, values) -> answerHeaders.put(name, String.join(",", values)));
      return new Answer(response.statusCode(), answerHeaders, response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
