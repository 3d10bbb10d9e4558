package io.kaitenkit.mock.adminapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.LogCapture;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.KaitenAdmin;
import io.kaitenkit.mock.admin.ProviderState;
import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.admin.RecordedExchange;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * What every {@link KaitenAdmin} does, whether in process or over HTTP: each verb changes the mock,
 * and a Kaiten request afterwards shows it.
 */
@Isolated
abstract class KaitenAdminContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "demo-admin-token";

  static KaitenMockServer mock;
  private KaitenAdmin admin;

  /** The implementation under test, driving {@code mock}. */
  abstract KaitenAdmin admin(KaitenMockServer mock);

  @BeforeAll
  static void start() {
    mock = KaitenMockServer.start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void freshMock() {
    mock.reset();
    admin = admin(mock);
  }

  @Test
  void stateReadsAsTheFixtureAndReplacesIt() throws Exception {
    ObjectNode state = (ObjectNode) JSON.readTree(admin.stateJson());
    ObjectNode developers = group(state, "developers");
    assertThat(developers.get("users")).containsExactly(JSON.valueToTree(42), JSON.valueToTree(43));

    ((ArrayNode) developers.get("users")).remove(0);
    admin.replaceState(state.toString());

    assertThat(mock.state().members("developers")).containsExactly(43L);
    assertThat(call("DELETE", "/groups/developers/users/42").statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(admin.stateJson())).isEqualTo(state);
  }

  @Test
  void anInvalidFixtureIsRefusedNamingTheFieldAndKeepsTheState() {
    String before = admin.stateJson();

    assertThatThrownBy(() -> admin.replaceState(
        "{\"companies\": [{\"domain\": \"acme\", \"tariff\": {\"groups\": \"yes\"}}]}"))
        .hasMessageContaining("companies[0].tariff.groups");

    assertThat(admin.stateJson()).isEqualTo(before);
  }

  @Test
  void resetRestoresTheFixtureAndClearsJournalFaultsAndLimit() throws Exception {
    call("DELETE", "/groups/developers/users/42");
    admin.addFault(Fault.on("listGroupUsers").status(503));
    admin.rateLimit(9);

    admin.reset();

    assertThat(mock.state().members("developers")).containsExactly(42L, 43L);
    assertThat(admin.requests()).isEmpty();
    assertThat(admin.requestCount()).isZero();
    assertThat(admin.faults()).isEmpty();
    assertThat(admin.rateLimit()).isZero();
    assertThat(call("GET", "/groups/developers/users").statusCode()).isEqualTo(200);
  }

  @Test
  void theJournalRecordsRequestsAndHandsThemOutOneByOne() throws Exception {
    call("GET", "/groups/developers/users");
    call("DELETE", "/groups/developers/users/42");

    List<RecordedExchange> requests = admin.requests();
    RecordedExchange first = admin.takeRequest(5, TimeUnit.SECONDS);
    RecordedExchange second = admin.takeRequest(5, TimeUnit.SECONDS);
    RecordedExchange none = admin.takeRequest(100, TimeUnit.MILLISECONDS);

    assertThat(requests).extracting(RecordedExchange::method, RecordedExchange::status, RecordedExchange::operationId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", 200, "listGroupUsers"),
            org.assertj.core.groups.Tuple.tuple("DELETE", 200, "removeUserFromGroup"));
    assertThat(first).isEqualTo(requests.get(0));
    assertThat(first.path()).isEqualTo("/api/latest/groups/developers/users");
    assertThat(first.header("Authorization")).isNotNull().doesNotContain(TOKEN);
    assertThat(first.violations()).isEmpty();
    assertThat(second.path()).isEqualTo("/api/latest/groups/developers/users/42");
    assertThat(none).isNull();
    assertThat(admin.requestCount()).isEqualTo(2);
  }

  @Test
  void takeRequestWaitsForARequestStillToCome() throws Exception {
    Thread later = new Thread(() -> {
      try {
        Thread.sleep(200);
        call("GET", "/groups/developers/users");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    later.start();

    RecordedExchange taken = admin.takeRequest(10, TimeUnit.SECONDS);
    later.join();

    assertThat(taken).isNotNull();
    assertThat(taken.operationId()).isEqualTo("listGroupUsers");
  }

  @Test
  void clearRequestsEmptiesTheJournal() throws Exception {
    call("GET", "/groups/developers/users");
    assertThat(admin.requests()).hasSize(1);

    admin.clearRequests();

    assertThat(admin.requests()).isEmpty();
    assertThat(admin.takeRequest(50, TimeUnit.MILLISECONDS)).isNull();
    call("GET", "/groups/developers/users");
    assertThat(admin.takeRequest(5, TimeUnit.SECONDS)).extracting(RecordedExchange::operationId)
        .isEqualTo("listGroupUsers");
  }

  @Test
  void aFaultIsAddedListedAnsweredAndRemoved() throws Exception {
    Fault added = admin.addFault(Fault.on("listGroupUsers").times(2)
        .status(503, Map.of("Retry-After", "1"), "{\"message\":\"down\"}"));

    assertThat(added.id()).isNotBlank();
    assertThat(admin.faults()).containsExactly(added);
    assertThat(added.action()).isEqualTo(new Fault.Respond(503, Map.of("Retry-After", "1"), "{\"message\":\"down\"}"));
    HttpResponse<String> answer = call("GET", "/groups/developers/users");
    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(answer.body()).isEqualTo("{\"message\":\"down\"}");
    assertThat(admin.faults()).singleElement().extracting(Fault::times).isEqualTo(1);

    assertThat(admin.removeFault(added.id())).isTrue();
    assertThat(admin.removeFault(added.id())).isFalse();
    assertThat(admin.faults()).isEmpty();
    assertThat(call("GET", "/groups/developers/users").statusCode()).isEqualTo(200);
  }

  @Test
  void faultsByPathAndEveryActionTravelIntact() {
    List<Fault> sent = List.of(
        Fault.onRequest("GET", "/api/latest/groups/**").delay(Duration.ofMillis(5)),
        Fault.on("removeUserFromGroup").resetConnection(),
        Fault.on("addUserToGroup").times(3).noResponse());

    List<Fault> added = sent.stream().map(admin::addFault).toList();

    assertThat(admin.faults()).containsExactlyElementsOf(added);
    for (int i = 0; i < sent.size(); i++) {
      assertThat(added.get(i).withId(null)).isEqualTo(sent.get(i));
    }
    admin.clearFaults();
    assertThat(admin.faults()).isEmpty();
  }

  @Test
  void aFaultOnAnUnknownOperationIsRefusedAndNothingIsAdded() {
    assertThatThrownBy(() -> admin.addFault(Fault.on("noSuchOperation").status(500)))
        .hasMessageContaining("unknown \"operationId\" 'noSuchOperation'");

    assertThat(admin.faults()).isEmpty();
  }

  @Test
  void theRateLimitIsSetAndExhaustedForOneToken() throws Exception {
    admin.rateLimit(7);
    assertThat(admin.rateLimit()).isEqualTo(7);
    assertThat(mock.rateLimit()).isEqualTo(7);

    admin.exhaustRateLimit(TOKEN);

    assertThat(call("GET", "/groups/developers/users").statusCode()).isEqualTo(429);
    admin.rateLimit(0);
    assertThat(admin.rateLimit()).isZero();
    assertThat(call("GET", "/groups/developers/users").statusCode()).isEqualTo(200);
  }

  @Test
  void providerStatesAreSetUpWithParamsAndTornDown() throws Exception {
    admin.setUpProviderState(ProviderState.USER_IS_NOT_MEMBER.sentence(42, "developers"), Map.of());
    admin.setUpProviderState("group {groupUid} exists".replace("{groupUid}", "testers"),
        Map.of("name", "Testers"));

    assertThat(mock.state().members("developers")).containsExactly(43L);
    assertThat(mock.state().hasGroup("testers")).isTrue();
    assertThat(call("DELETE", "/groups/developers/users/42").statusCode()).isEqualTo(404);

    admin.tearDownProviderState(ProviderState.USER_IS_NOT_MEMBER.sentence(42, "developers"), Map.of());

    assertThat(mock.state().members("developers")).containsExactly(42L, 43L);
    assertThat(mock.state().hasGroup("testers")).isFalse();
  }

  @Test
  void anUnknownProviderStateIsRefusedNamingTheKnownOnes() {
    assertThatThrownBy(() -> admin.setUpProviderState("the moon is full", Map.of()))
        .hasMessageContaining("unknown provider state 'the moon is full'")
        .hasMessageContaining(ProviderState.USER_IS_MEMBER.template());

    assertThat(mock.state().members("developers")).containsExactly(42L, 43L);
  }

  @Test
  void driftIsEmptyWhileTheMockEmulates() throws Exception {
    call("GET", "/groups/developers/users");

    assertThat(admin.drift().rows()).isEmpty();
    assertThat(admin.drift().hasDrift()).isFalse();
    assertThat(admin.drift().summary()).startsWith("no drift: 0 proxied exchanges");
    admin.clearDrift();
    assertThat(admin.drift().rows()).isEmpty();
  }

  @Test
  void driftShowsWhatTheProxySawAndIsCleared() throws Exception {
    mock.addFault(Fault.on("listGroupUsers").status(200, Map.of("Content-Type", "application/json"), "[{\"id\": 42}]"));
    try (LogCapture log = LogCapture.of("io.kaitenkit.mock.internal.proxy");
        KaitenMockServer proxy = KaitenMockServer.start(MockOptions.builder().proxyTo(URI.create(mock.baseUrl())).build())) {
      KaitenAdmin proxyAdmin = admin(proxy);
      HttpRequest request = HttpRequest.newBuilder(URI.create(proxy.url("/groups/developers/users")))
          .header("Authorization", "Bearer " + TOKEN).build();
      assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

      ProxyDrift drift = proxyAdmin.drift();

      assertThat(log.messages()).anySatisfy(line -> assertThat(line)
          .startsWith("Drift: GET /api/latest/groups/developers/users (listGroupUsers) answered 200"));
      assertThat(drift.hasDrift()).isTrue();
      assertThat(drift.violating()).isEqualTo(1);
      ProxyDrift.Row row = drift.row("listGroupUsers", 200);
      assertThat(row.conforming()).isZero();
      assertThat(row.violations()).isNotEmpty().allSatisfy(violation -> {
        assertThat(violation.location()).startsWith("response body");
        assertThat(violation.message()).isNotBlank();
      });
      assertThat(drift).isEqualTo(proxy.drift());

      proxyAdmin.clearDrift();

      assertThat(proxyAdmin.drift().rows()).isEmpty();
      assertThat(proxy.drift().hasDrift()).isFalse();
    }
  }

  private static ObjectNode group(ObjectNode state, String uid) {
    for (var group : state.get("groups")) {
      if (group.get("uid").asText().equals(uid)) {
        return (ObjectNode) group;
      }
    }
    throw new AssertionError("no group " + uid + " in " + state);
  }

  static HttpResponse<String> call(String method, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(mock.url(path)))
        .header("Authorization", "Bearer " + TOKEN)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
