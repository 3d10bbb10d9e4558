package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.Fault;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin API explains itself: a route list, 405 with Allow, health for anyone, examples in its 400s. */
class AdminRouteTableTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void adminRootListsEveryRouteWithItsPurpose() throws Exception {
    TestHttp.Answer answer = TestHttp.request("GET", MOCK.server().adminUrl()).send();

    assertThat(answer.status()).isEqualTo(200);
    List<String> routes = new ArrayList<>();
    for (JsonNode route : JSON.readTree(answer.body()).get("routes")) {
      assertThat(route.get("purpose").asText()).isNotBlank();
      routes.add(route.get("method").asText() + " " + route.get("path").asText());
    }
    assertThat(routes).contains("GET /__admin/health", "PUT /__admin/state", "POST /__admin/reset",
        "DELETE /__admin/faults/{id}", "PUT /__admin/rate-limit", "POST /__admin/provider-states");
  }

  @Test
  void aWrongMethodOnAnAdminRouteIs405WithAllow() {
    TestHttp.Answer answer = TestHttp.request("PATCH", MOCK.server().adminUrl() + "/faults").json("{}").send();

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.header("Allow")).isEqualTo("GET, POST, DELETE");
    assertThat(answer.body()).contains("Method PATCH is not allowed on /__admin/faults");
  }

  @Test
  void anUnknownAdminPathIs404PointingToTheRouteList() {
    TestHttp.Answer answer = TestHttp.request("GET", MOCK.server().adminUrl() + "/nothing-here").send();

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).contains("GET /__admin lists them");
  }

  @Test
  void deletingAFaultWithAnEmptyIdIs404AndKeepsEveryFault() {
    MOCK.server().addFault(Fault.on("listGroupUsers").status(503));

    TestHttp.Answer answer = TestHttp.request("DELETE", MOCK.server().adminUrl() + "/faults/").send();

    assertThat(answer.status()).isEqualTo(404);
    assertThat(MOCK.server().faults()).hasSize(1);
  }

  @Test
  void healthAnswersWithoutTheAdminTokenAndShowsNothingSecret() throws Exception {
    try (KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder().adminToken("s3cret-admin-token").build())) {
      TestHttp.Answer health = TestHttp.request("GET", kaiten.adminUrl() + "/health").send();
      TestHttp.Answer state = TestHttp.request("GET", kaiten.adminUrl() + "/state").send();

      assertThat(health.status()).isEqualTo(200);
      assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("up");
      assertThat(health.body()).doesNotContain("s3cret").doesNotContain("demo-").doesNotContain("token");
      assertThat(state.status()).isEqualTo(401);
    }
  }

  @Test
  void aBareNumberForTheRateLimitIs400NamingTheFieldWithAnExample() {
    TestHttp.Answer answer = TestHttp.request("PUT", MOCK.server().adminUrl() + "/rate-limit").json("5").send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("body must be a JSON object like {\\\"requestsPerSecond\\\": 5}, got a number");
    assertThat(MOCK.server().rateLimit()).isZero();
  }

  @Test
  void aRateLimitBeyondIntIs400NotTruncated() {
    TestHttp.Answer answer = TestHttp.request("PUT", MOCK.server().adminUrl() + "/rate-limit")
        .json("{\"requestsPerSecond\": 4294967301}").send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("\\\"requestsPerSecond\\\" must be an integer 0..1000000");
    assertThat(MOCK.server().rateLimit()).isZero();
  }

  @Test
  void anExhaustWithoutTokenShowsAnExampleBody() {
    TestHttp.Answer answer = TestHttp.request("POST", MOCK.server().adminUrl() + "/rate-limit/exhaust")
        .json("{}").send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("{\\\"token\\\": \\\"demo-admin-token\\\"}");
    assertThat(MOCK.server().rateLimit()).isZero();
  }
}
