package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HTTP/2 in cleartext (h2c, by upgrade) is served, with the same body limit as HTTP/1.1. */
class Http2CleartextTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder()
      .options(MockOptions.builder().maxBodySize(1000).build())
      .build();

  private final HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

  @Test
  void aJdkClientAskingForHttp2GetsItAndTheSameAnswers() throws Exception {
    HttpResponse<String> first = get();
    HttpResponse<String> second = get(); // after the upgrade, on the HTTP/2 connection

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(second.body()).isEqualTo(first.body()).contains("\"id\":42");
  }

  @Test
  void theBodyLimitAppliesOverHttp2() throws Exception {
    get(); // upgrade first, so the POST travels as HTTP/2
    String before = MOCK.server().state().toJson();
    HttpResponse<String> answer = http2.send(HttpRequest.newBuilder(URI.create(MOCK.server().url("/groups/developers/users")))
        .header("Authorization", "Bearer demo-admin-token").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"user_id\":42,\"pad\":\"" + "x".repeat(2000) + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body()).contains("exceeds the limit of 1000 bytes");
    assertThat(MOCK.server().state().toJson()).isEqualTo(before);
  }

  private HttpResponse<String> get() throws Exception {
    return http2.send(HttpRequest.newBuilder(URI.create(MOCK.server().url("/groups/developers/users")))
        .header("Authorization", "Bearer demo-admin-token").build(), HttpResponse.BodyHandlers.ofString());
  }
}
