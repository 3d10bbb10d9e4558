package io.kaitenkit.mock.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.mock.LogCapture;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.admin.ProviderState;
import io.kaitenkit.mock.admin.RecordedExchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.jupiter.api.parallel.Isolated;

/** A static extension field: one server for the class, reset before each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Isolated
class KaitenMockExtensionTest {
  @RegisterExtension
  static KaitenMockExtension kaiten = KaitenMockExtension.builder().build();

  private static int firstPort;

  @Test
  @Order(1)
  void arrangeCallAndVerifyTheRecordedDelete() throws Exception {
    firstPort = URI.create(kaiten.baseUrl()).getPort();
    kaiten.setUpProviderState(ProviderState.USER_IS_MEMBER.sentence(44, "developers"), Map.of());

    int status = Http.send("DELETE", kaiten.baseUrl() + "/groups/developers/users/44", "demo-admin-token");

    RecordedExchange delete = kaiten.takeRequest(5, TimeUnit.SECONDS);
    assertThat(status).isEqualTo(200);
    assertThat(delete.method()).isEqualTo("DELETE");
    assertThat(delete.path()).isEqualTo("/api/latest/groups/developers/users/44");
    assertThat(delete.status()).isEqualTo(200);
    assertThat(kaiten.state().isMember("developers", 44)).isFalse();
  }

  @Test
  @Order(2)
  void theSameServerServesTheNextTestAfterAReset() {
    assertThat(URI.create(kaiten.baseUrl()).getPort()).isEqualTo(firstPort);
    assertThat(kaiten.requestCount()).isZero();
    assertThat(kaiten.state().isMember("developers", 44)).isFalse();
    assertThat(kaiten.state().members("designers")).containsExactly(44L);
  }

  @Test
  void infoNamesTheUrlsAndTokensWithoutPrintingThem() {
    KaitenMockInfo info = kaiten.info();

    assertThat(info.baseUrl()).isEqualTo(kaiten.baseUrl());
    assertThat(info.tokenOf(1)).isEqualTo("demo-admin-token");
    assertThat(info.toString()).doesNotContain("demo-admin-token").contains("demo…(16)->1");
  }

  @Test
  void aTestFailsWhenTheMockAnsweredAgainstTheContract(@TempDir Path dir) throws Exception {
    Path contract = dir.resolve("json-401.yaml");
    String bundled = new String(KaitenMockExtensionTest.class.getClassLoader()
        .getResourceAsStream("openapi/kaiten-group-users.yaml").readAllBytes(), StandardCharsets.UTF_8);
    // In this copy 401 is documented as JSON; the emulator answers Kaiten's text/plain.
    Files.writeString(contract, bundled.replace("        text/plain:\n", "        application/json:\n"));

    TestExecutionSummary run;
    try (LogCapture strictMode = LogCapture.of("io.kaitenkit.mock.internal.strict.StrictMode")) {
      AgainstTheContract.contract = contract;
      run = JUnitRun.of(AgainstTheContract.class); // an instance field's lifecycle: a server for this test only
      assertThat(strictMode.errors()).singleElement().asString().contains("listGroupUsers answered 401 against the contract");
    } finally {
      AgainstTheContract.contract = null;
    }

    assertThat(AgainstTheContract.status).isEqualTo(401);
    assertThat(run.getTestsFailedCount()).isEqualTo(1);
    assertThat(run.getFailures()).singleElement().extracting(TestExecutionSummary.Failure::getException)
        .isInstanceOf(AssertionError.class)
        .asString()
        .contains("answered against the contract during this test")
        .contains("GET /api/latest/groups/developers/users -> 401 (listGroupUsers)")
        .contains("Content type 'text/plain; charset=utf-8' is not allowed");
    assertThatThrownBy(AgainstTheContract.extension::server).isInstanceOf(IllegalStateException.class);
  }

  /** Run by {@link #aTestFailsWhenTheMockAnsweredAgainstTheContract} only: its one test must fail. */
  static class AgainstTheContract {
    static volatile Path contract;
    static volatile KaitenMockExtension extension;
    static volatile int status;

    @RegisterExtension
    KaitenMockExtension kaiten = KaitenMockExtension.builder()
        .options(MockOptions.builder().contract(contract).build())
        .build();

    @Test
    void callsWithAnUnknownToken() throws Exception {
      Assumptions.assumeTrue(contract != null, "runs only from KaitenMockExtensionTest");
      extension = kaiten;
      status = Http.send("GET", kaiten.baseUrl() + "/groups/developers/users", "not-a-token");
    }
  }

  /** A few lines of JDK HTTP client, so these tests depend on nothing else. */
  static final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static int send(String method, String url, String token) throws IOException, InterruptedException {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url))
          .method(method, HttpRequest.BodyPublishers.noBody())
          .header("Authorization", "Bearer " + token)
          .build();
      return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }
}
