package io.kaitenkit.mock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The declarative form: {@code @KaitenMockTest} and an injected, read-only {@link KaitenMockInfo}. */
@KaitenMockTest(rateLimit = 100)
class AnnotationTest {
  @Test
  void injectsTheInfoOfARunningMock(KaitenMockInfo kaiten) throws Exception {
    int status = KaitenMockExtensionTest.Http.send("GET", kaiten.baseUrl() + "/groups/developers/users",
        kaiten.tokenOf(3));

    assertThat(status).isEqualTo(200);
    assertThat(kaiten.adminUrl()).endsWith("/__admin");
    assertThat(kaiten.tokens()).containsEntry("demo-admin-token", 1L);
  }

  @Test
  void theAnnotationsOptionsApply(KaitenMockInfo kaiten) throws Exception {
    HttpResponse<Void> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(kaiten.baseUrl() + "/groups/developers/users"))
            .header("Authorization", "Bearer demo-admin-token").build(),
        HttpResponse.BodyHandlers.discarding());

    assertThat(response.headers().firstValue("X-RateLimit-Remaining")).isPresent();
  }
}
