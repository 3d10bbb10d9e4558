package io.kaitenkit.mock.proxy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP call from a test, answering the status, headers and the body's bytes as they came. */
final class Call {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  record Answer(int status, HttpHeaders headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final String method;
  private final String url;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private byte[] body;

  private Call(String method, String url) {
    this.method = method;
    this.url = url;
  }

  static Call to(String method, String url) {
    return new Call(method, url);
  }

  Call header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  Call token(String token) {
    return header("Authorization", "Bearer " + token);
  }

  Call json(String json) {
    this.body = json.getBytes(StandardCharsets.UTF_8);
    return header("Content-Type", "application/json");
  }

  Answer send() throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(response.statusCode(), response.headers(), response.body());
  }
}
