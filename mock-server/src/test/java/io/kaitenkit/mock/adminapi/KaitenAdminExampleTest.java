package io.kaitenkit.mock.adminapi;

import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
// snippet:start connect
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.KaitenAdmin;
import io.kaitenkit.mock.admin.ProviderState;
import io.kaitenkit.mock.admin.RecordedExchange;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
// snippet:end

/** Runs the example of docs/admin-api.md against a mock standing in for one in another process. */
class KaitenAdminExampleTest {
  private final KaitenMockServer other = KaitenMockServer.start(MockOptions.builder().adminToken("ci-admin-token").build());

  @AfterEach
  void stop() {
    other.close();
  }

  @Test
  void aTestDrivesAMockItDidNotStart() throws Exception {
    String mockUrl = other.adminUrl().replace("/__admin", "");
    String adminToken = "ci-admin-token";

    // snippet:start connect
    KaitenAdmin kaiten = KaitenAdmin.connect(URI.create(mockUrl), adminToken); // e.g. http://127.0.0.1:8089
    kaiten.reset();
    kaiten.setUpProviderState(ProviderState.USER_IS_NOT_MEMBER.sentence(42, "developers"), Map.of());
    kaiten.addFault(Fault.on("listGroupUsers").times(1).status(503));

    removeAdaFromDevelopers(mockUrl); // your code, calling the mock's API

    RecordedExchange request = kaiten.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.operationId()).isEqualTo("removeUserFromGroup");
    assertThat(request.status()).isEqualTo(404); // she was no member
    assertThat(kaiten.faults()).hasSize(1);      // the 503 still waits for its request
    // snippet:end

    assertThat(other.faults()).singleElement().extracting(Fault::operationId).isEqualTo("listGroupUsers");
    assertThat(other.requestCount()).isEqualTo(1);
  }

  private static void removeAdaFromDevelopers(String mockUrl) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(mockUrl + "/api/latest/groups/developers/users/42"))
        .header("Authorization", "Bearer demo-admin-token").DELETE().build();
    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
  }
}
