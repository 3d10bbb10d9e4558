package io.kaitenkit.mock.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.KaitenMockServer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's routes over plain HTTP: files, docs, overview and the journal stream. */
class DashboardRoutesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static KaitenMockServer mock;

  @BeforeAll
  static void start() {
    mock = KaitenMockServer.start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.reset();
  }

  @Test
  void servesThePageWithAndWithoutTheTrailingSlash() throws Exception {
    for (String path : new String[] {"/ui", "/ui/", "/ui/index.html"}) {
      HttpResponse<String> page = get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(page.body()).contains("<title>Kaiten mock dashboard</title>");
    }
    assertThat(get("/ui/main.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
  }

  @Test
  void answers404ForNamesOutsideThePagesFiles() throws Exception {
    for (String path : new String[] {"/ui/.hidden.js", "/ui/missing.js", "/ui/index.class", "/ui/%2e%2e%2fstate.json",
        "/docs/contract/..%2fKaitenApiSpec.class"}) {
      HttpResponse<String> answer = get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).startsWith("{\"message\"");
    }
  }

  @Test
  void servesTheContractAndTheSwaggerUiLibrary() throws Exception {
    HttpResponse<String> redirect = get("/docs/contract");
    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location")).hasValue("/__admin/docs/contract/kaiten-group-users.yaml");
    HttpResponse<String> contract = get("/docs/contract/kaiten-group-users.yaml");
    assertThat(contract.statusCode()).isEqualTo(200);
    assertThat(contract.body()).startsWith("openapi: 3.0.3").contains("operationId: removeUserFromGroup");
    assertThat(get("/docs/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    assertThat(get("/docs").body()).contains("swagger-ui-bundle.js");
    assertThat(get("/docs/documents").body()).contains("\"url\":\"/__admin/docs/contract\"");
  }

  @Test
  void theOverviewGivesTheBasePathAndTheOptions() throws Exception {
    HttpResponse<String> overview = get("/overview");

    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body()).contains("\"basePath\":\"/api/latest\"", "\"adminTokenRequired\":false",
        "\"fixture\":\"demo\"", "\"strict\":true", "\"rateLimit\":0");
  }

  @Test
  void theJournalStreamSendsEachNewRequestAsAnEvent() throws Exception {
    HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(URI.create(mock.adminUrl() + "/requests/stream"))
        .build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
    BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
    CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
      try {
        String line;
        while ((line = lines.readLine()) != null) {
          if (line.startsWith("data:") && line.contains("removeUserFromGroup")) {
            return line;
          }
        }
        return null;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(URI.create(mock.url("/groups/developers/users/42")))
        .DELETE().header("Authorization", "Bearer demo-admin-token").build(), HttpResponse.BodyHandlers.ofString());

    assertThat(delete.statusCode()).isEqualTo(200);
    String data = event.get(5, TimeUnit.SECONDS);
    assertThat(data).contains("\"method\":\"DELETE\"", "\"path\":\"/api/latest/groups/developers/users/42\"",
        "\"status\":200", "Bearer demo…(16)").doesNotContain("demo-admin-token");
    stream.body().close();
  }

  @Test
  void anOpenJournalStreamDoesNotHoldShutdown() throws Exception {
    KaitenMockServer own = KaitenMockServer.start(io.kaitenkit.mock.MockOptions.builder()
        .shutdownTimeout(Duration.ofSeconds(30)).build());
    HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(URI.create(own.adminUrl() + "/requests/stream"))
        .build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);

    CompletableFuture<Void> closing = CompletableFuture.runAsync(own::close);

    closing.get(10, TimeUnit.SECONDS); // well within the 30 s a request in flight would be given
    assertThat(stream.body().readAllBytes()).asString(StandardCharsets.UTF_8).startsWith(": kaiten mock journal");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(mock.adminUrl() + path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
