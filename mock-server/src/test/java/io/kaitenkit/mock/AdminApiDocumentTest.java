package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.internal.admin.AdminDocument;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.ApiRequest;
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.DocumentedResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin API's OpenAPI document ({@code GET /__admin/openapi.yaml}) holds, and the mock keeps to it:
 * every admin route is driven with the admin token, its request and its answer validated against the
 * document, the way the Kaiten contract is held to the emulator.
 */
class AdminApiDocumentTest {
  private static final String ADMIN_TOKEN = "admin-document-test-token";
  private static final KaitenApiSpec DOCUMENT = KaitenApiSpec.load(AdminDocument.url());
  /** Operations that need no admin token. */
  private static final Set<String> PUBLIC = Set.of("getHealth", "getDashboardPage", "getDashboardFile", "getDocsPage",
      "listDocuments", "getContractDocument", "getContractFile", "getSwaggerUiFile");
  private static KaitenMockServer mock;

  @BeforeAll
  static void start() {
    mock = KaitenMockServer.start(MockOptions.builder().adminToken(ADMIN_TOKEN).build());
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void theDocumentValidatesUnderOpenApi4jAndNamesEveryRouteUnderTheAdminPath() {
    assertThat(DOCUMENT.basePath()).isEqualTo("/__admin");
    assertThat(DOCUMENT.operationIds()).containsExactlyInAnyOrder(
        "listAdminRoutes", "getHealth", "getState", "replaceState", "reset", "listRequests", "clearRequests",
        "listFaults", "addFault", "clearFaults", "removeFault", "getRateLimit", "setRateLimit",
        "exhaustRateLimit", "listProviderStates", "changeProviderState", "getDrift", "clearDrift",
        "getAdminOpenApi", "getDashboardOverview", "getDashboardOperations", "streamRequests", "getDashboardPage",
        "getDashboardFile", "getDocsPage", "listDocuments", "getContractDocument", "getContractFile",
        "getSwaggerUiFile");
  }

  @Test
  void everyExampleConformsToItsSchema() {
    for (ApiOperation operation : DOCUMENT.operations()) {
      for (DocumentedResponse response : operation.responses().values()) {
        if (response.hasBody() && response.contentType().equals("application/json")) {
          ApiResponse example = ApiResponse.of(response.status())
              .withHeader("Content-Type", response.contentType()).withBody(response.example());
          assertThat(DOCUMENT.validateResponse(operation.id(), example))
              .as(operation.id() + " " + response.status()).isEmpty();
        }
      }
    }
  }

  @Test
  void everyAdminRouteAnswersAsTheDocumentSays() {
    Exchanges exchanges = new Exchanges();

    exchanges.send("GET", "/", null, 200);
    exchanges.send("GET", "/health", null, 200);
    String state = exchanges.send("GET", "/state", null, 200);
    exchanges.send("PUT", "/state", state, 200);
    exchanges.send("PUT", "/state", "{\"users\": 3}", 400);
    exchanges.send("POST", "/faults", "{\"operationId\":\"listGroupUsers\",\"times\":2,"
        + "\"action\":{\"type\":\"status\",\"status\":503,\"headers\":{\"Retry-After\":\"1\"},\"body\":\"busy\"}}", 201);
    exchanges.send("POST", "/faults", "{\"method\":\"GET\",\"path\":\"/api/**\",\"action\":{\"type\":\"delay\",\"ms\":1}}",
        201);
    exchanges.send("POST", "/faults", "{\"action\":{\"type\":\"reset\"}}", 400);
    exchanges.send("GET", "/faults", null, 200);
    exchanges.send("DELETE", "/faults/fault-1", null, 200);
    exchanges.send("DELETE", "/faults/fault-1", null, 404);
    exchanges.send("DELETE", "/faults", null, 200);
    exchanges.send("PUT", "/rate-limit", "{\"requestsPerSecond\":7}", 200);
    exchanges.send("PUT", "/rate-limit", "{\"requestsPerSecond\":-1}", 400);
    exchanges.send("GET", "/rate-limit", null, 200);
    exchanges.send("POST", "/rate-limit/exhaust", "{\"token\":\"demo-admin-token\"}", 200);
    exchanges.send("POST", "/rate-limit/exhaust", "{}", 400);
    exchanges.send("GET", "/provider-states", null, 200);
    exchanges.send("POST", "/provider-states",
        "{\"state\":\"the token is invalid\",\"params\":{\"token\":\"demo-admin-token\"},\"action\":\"setup\"}", 200);
    exchanges.send("POST", "/provider-states", "{\"state\":\"the token is invalid\",\"action\":\"teardown\"}", 200);
    exchanges.send("POST", "/provider-states", "{\"state\":\"the moon is full\"}", 400);
    exchanges.apiRequest();
    exchanges.send("GET", "/requests", null, 200);
    exchanges.send("DELETE", "/requests", null, 200);
    exchanges.send("GET", "/drift", null, 200);
    exchanges.send("DELETE", "/drift", null, 200);
    exchanges.send("GET", "/openapi.yaml", null, 200);
    exchanges.send("GET", "/overview", null, 200);
    exchanges.send("GET", "/operations", null, 200);
    exchanges.stream("/requests/stream");
    exchanges.send("GET", "/ui", null, 200);
    exchanges.send("GET", "/ui/main.js", null, 200);
    exchanges.send("GET", "/ui/dashboard.css", null, 200);
    exchanges.send("GET", "/ui/secret.exe", null, 404);
    exchanges.send("GET", "/docs", null, 200);
    exchanges.send("GET", "/docs/documents", null, 200);
    exchanges.send("GET", "/docs/contract", null, 302);
    exchanges.send("GET", "/docs/contract/kaiten-group-users.yaml", null, 200);
    exchanges.send("GET", "/docs/contract/nope.yaml", null, 404);
    exchanges.send("GET", "/docs/swagger-ui/swagger-ui.css", null, 200);
    exchanges.send("GET", "/docs/swagger-ui/nope.js", null, 404);
    exchanges.send("POST", "/reset", null, 200);

    assertThat(exchanges.violations).isEmpty();
    assertThat(exchanges.operations).containsExactlyInAnyOrderElementsOf(DOCUMENT.operationIds());
  }

  @Test
  void everyAdminRouteAnswers401AsDocumentedWithoutTheToken() {
    List<String> violations = new ArrayList<>();
    for (ApiOperation operation : DOCUMENT.operations()) {
      if (PUBLIC.contains(operation.id())) {
        continue; // health answers anyone, for CI loops that wait for the mock; the page asks for the token itself
      }
      String path = concrete(operation.path());
      TestHttp.Answer answer = TestHttp.request(operation.method(), mock.adminUrl() + path).send();

      assertThat(answer.status()).as(operation.id()).isEqualTo(401);
      assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"kaiten-mock-admin\"");
      DOCUMENT.validateResponse(operation.id(), response(answer))
          .forEach(violation -> violations.add(operation.id() + ": " + violation));
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyWriteAnswers415AsDocumentedWithoutJson() {
    List<String> violations = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (ApiOperation operation : DOCUMENT.operations()) {
      if (!operation.method().equals("POST") && !operation.method().equals("PUT")) {
        continue;
      }
      TestHttp.Answer answer = TestHttp.request(operation.method(), mock.adminUrl() + operation.path())
          .token(ADMIN_TOKEN).header("Content-Type", "text/plain").body("{}").send();

      assertThat(answer.status()).as(operation.id()).isEqualTo(415);
      assertThat(answer.body()).as(operation.id()).contains("got text/plain");
      refused.add(operation.id());
      DOCUMENT.validateResponse(operation.id(), response(answer))
          .forEach(violation -> violations.add(operation.id() + ": " + violation));
    }
    assertThat(violations).isEmpty();
    assertThat(refused).containsExactlyInAnyOrder("replaceState", "reset", "addFault", "setRateLimit",
        "exhaustRateLimit", "changeProviderState");
    assertThat(mock.faults()).isEmpty();
  }

  @Test
  void everyAdminRouteAnswers403AsDocumentedToAnotherOrigin() {
    List<String> violations = new ArrayList<>();
    for (ApiOperation operation : DOCUMENT.operations()) {
      String path = concrete(operation.path());
      TestHttp.Answer answer = TestHttp.request(operation.method(), mock.adminUrl() + path).token(ADMIN_TOKEN)
          .header("Origin", "http://evil.example").send();

      assertThat(answer.status()).as(operation.id()).isEqualTo(403);
      DOCUMENT.validateResponse(operation.id(), response(answer))
          .forEach(violation -> violations.add(operation.id() + ": " + violation));
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyPathOfTheRouteTableAnswersAnotherMethod405WithAllowAsDocumented() {
    List<String> violations = new ArrayList<>();
    Map<String, Set<String>> methodsByPath = new TreeMap<>();
    for (ApiOperation operation : DOCUMENT.operations()) {
      if (operation.responses().containsKey(405)) {
        methodsByPath.computeIfAbsent(operation.path(), path -> new TreeSet<>()).add(operation.method());
      }
    }
    for (Map.Entry<String, Set<String>> path : methodsByPath.entrySet()) {
      TestHttp.Answer answer = TestHttp.request("PATCH", mock.adminUrl() + concrete(path.getKey())).token(ADMIN_TOKEN)
          .json("{}").send();

      assertThat(answer.status()).as("PATCH " + path.getKey()).isEqualTo(405);
      assertThat(new TreeSet<>(List.of(answer.header("Allow").split(", ")))).as(path.getKey()).isEqualTo(path.getValue());
      for (ApiOperation operation : DOCUMENT.operations()) {
        if (operation.path().equals(path.getKey())) {
          DOCUMENT.validateResponse(operation.id(), response(answer))
              .forEach(violation -> violations.add(operation.id() + " 405: " + violation));
        }
      }
    }
    assertThat(methodsByPath).hasSize(12);
    assertThat(violations).isEmpty();
  }

  @Test
  void everyWriteAnswers413AsDocumentedOverTheAdminBodyLimit() {
    String state = mock.stateJson();
    List<String> violations = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    String tooLarge = "{\"pad\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}";
    for (ApiOperation operation : DOCUMENT.operations()) {
      if (!operation.method().equals("POST") && !operation.method().equals("PUT")) {
        continue;
      }
      TestHttp.Answer answer = TestHttp.request(operation.method(), mock.adminUrl() + operation.path())
          .token(ADMIN_TOKEN).json(tooLarge).onNewConnection().send();

      assertThat(answer.status()).as(operation.id()).isEqualTo(413);
      assertThat(answer.body()).as(operation.id()).contains("exceeds the limit of 8388608 bytes");
      refused.add(operation.id());
      DOCUMENT.validateResponse(operation.id(), response(answer))
          .forEach(violation -> violations.add(operation.id() + " 413: " + violation));
    }
    assertThat(violations).isEmpty();
    assertThat(refused).containsExactlyInAnyOrder("replaceState", "reset", "addFault", "setRateLimit",
        "exhaustRateLimit", "changeProviderState");
    assertThat(mock.stateJson()).isEqualTo(state);
    assertThat(mock.faults()).isEmpty();
  }

  /** A path of the document with its parameters filled in. */
  private static String concrete(String documentPath) {
    return documentPath.equals("/") ? "" : documentPath.replace("{id}", "fault-1").replace("{file}", "main.js");
  }

  @Test
  void theMockServesTheDocumentItIsHeldTo() throws Exception {
    TestHttp.Answer answer = TestHttp.request("GET", mock.adminUrl() + "/openapi.yaml").token(ADMIN_TOKEN).send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/yaml");
    try (var in = AdminDocument.url().openStream()) {
      assertThat(answer.body()).isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static ApiResponse response(TestHttp.Answer answer) {
    ApiResponse response = ApiResponse.of(answer.status()).withBody(answer.body().isEmpty() ? null : answer.body());
    for (var header : answer.headers().entrySet()) {
      response = response.withHeader(header.getKey(), header.getValue());
    }
    return response;
  }

  /** Sends admin calls with the token, validating each request and answer against the document. */
  private static final class Exchanges {
    final List<String> violations = new ArrayList<>();
    final Set<String> operations = new LinkedHashSet<>();

    String send(String method, String adminPath, String body, int expectedStatus) {
      String rawPath = "/__admin" + adminPath;
      ApiOperation operation = DOCUMENT.findOperation(method, rawPath).orElse(null);
      assertThat(operation).as(method + " " + rawPath + " is in the document").isNotNull();
      operations.add(operation.id());

      ApiRequest request = ApiRequest.of(method, rawPath).withHeader("Authorization", "Bearer " + ADMIN_TOKEN);
      TestHttp http = TestHttp.request(method, mock.adminUrl() + adminPath).token(ADMIN_TOKEN);
      if (body != null) {
        request = request.withHeader("Content-Type", "application/json").withBody(body);
        http.json(body);
      } else if (method.equals("POST") || method.equals("PUT")) {
        http.header("Content-Type", "application/json"); // admin writes are JSON, bodiless or not
      }
      if (expectedStatus < 400) {
        record(operation, "request", DOCUMENT.validateRequest(operation.id(), request));
      }
      TestHttp.Answer answer = http.send();
      assertThat(answer.status()).as(method + " " + adminPath + ": " + answer.body()).isEqualTo(expectedStatus);
      record(operation, "answer " + answer.status(), DOCUMENT.validateResponse(operation.id(), response(answer)));
      return answer.body();
    }

    /** Opens the journal stream, reads its first line and validates the answer so far. */
    void stream(String adminPath) {
      String rawPath = "/__admin" + adminPath;
      ApiOperation operation = DOCUMENT.findOperation("GET", rawPath).orElseThrow();
      operations.add(operation.id());
      try {
        HttpResponse<InputStream> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(mock.adminUrl() + adminPath)).header("Authorization", "Bearer " + ADMIN_TOKEN)
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = answer.body()) {
          String first = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)).readLine();
          assertThat(answer.statusCode()).isEqualTo(200);
          assertThat(first).isEqualTo(": kaiten mock journal");
          ApiResponse response = ApiResponse.of(200).withBody(first);
          for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue().get(0));
          }
          record(operation, "answer 200", DOCUMENT.validateResponse(operation.id(), response));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** One API request, so that the journal has an entry to describe. */
    void apiRequest() {
      TestHttp.Answer answer = TestHttp.request("GET", mock.url("/groups/developers/users")).token("demo-admin-token")
          .send();
      assertThat(answer.status()).isEqualTo(200); // the teardown above turned the limit off again
    }

    private void record(ApiOperation operation, String what, List<Violation> found) {
      found.forEach(violation -> violations.add(operation.id() + " " + what + ": " + violation));
    }
  }
}
