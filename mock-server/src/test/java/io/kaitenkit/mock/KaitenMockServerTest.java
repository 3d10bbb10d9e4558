package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertInvalidToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaitenkit.mock.admin.RecordedExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** Starting, addressing and stopping a mock, and what it starts from. */
@Isolated
class KaitenMockServerTest {
  @Test
  void startsOnLoopbackAndAFreePort() {
    try (KaitenMockServer kaiten = KaitenMockServer.start()) {
      assertThat(kaiten.port()).isPositive();
      assertThat(kaiten.baseUrl()).isEqualTo("http://127.0.0.1:" + kaiten.port() + "/api/latest");
      assertThat(kaiten.options().host()).isEqualTo("127.0.0.1");
      assertThat(TestHttp.request("GET", kaiten.url("/groups/developers/users")).token(Demo.ADMIN).send().status())
          .isEqualTo(200);
    }
  }

  @Test
  void twoServersGetTwoPortsAndTheirOwnState() {
    try (KaitenMockServer one = KaitenMockServer.start(); KaitenMockServer two = KaitenMockServer.start()) {
      TestHttp.request("DELETE", one.url("/groups/developers/users/42")).token(Demo.ADMIN).send();

      assertThat(one.port()).isNotEqualTo(two.port());
      assertThat(one.state().isMember(Demo.DEVELOPERS, Demo.ADA)).isFalse();
      assertThat(two.state().isMember(Demo.DEVELOPERS, Demo.ADA)).isTrue();
    }
  }

  @Test
  void urlJoinsThePathToTheBaseUrl() {
    try (KaitenMockServer kaiten = KaitenMockServer.start()) {
      assertThat(kaiten.url("/groups/developers/users")).isEqualTo(kaiten.baseUrl() + "/groups/developers/users");
      assertThat(kaiten.url("groups/developers/users")).isEqualTo(kaiten.baseUrl() + "/groups/developers/users");
      assertThat(kaiten.toString()).contains(kaiten.baseUrl());
    }
  }

  @Test
  void aPortInUseIsAnIllegalStateNamingHostAndPort() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> KaitenMockServer.start(MockOptions.builder().port(port).build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("127.0.0.1:" + port);
    }
  }

  @Test
  void closeFreesThePort() throws IOException {
    KaitenMockServer first = KaitenMockServer.start();
    int port = first.port();
    TestHttp request = TestHttp.request("GET", first.url("/groups/developers/users")).token(Demo.ADMIN);
    assertThat(request.send().status()).isEqualTo(200);

    first.close();

    assertThatThrownBy(() -> request.onNewConnection().send()).isInstanceOf(UncheckedIOException.class);
    try (KaitenMockServer second = KaitenMockServer.start(MockOptions.builder().port(port).build())) {
      assertThat(second.port()).isEqualTo(port);
      assertThat(TestHttp.request("GET", second.url("/groups/developers/users")).token(Demo.ADMIN)
          .onNewConnection().send().status()).isEqualTo(200);
    }
  }

  @Test
  void startsFromAFixtureFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("team.json");
    Files.writeString(file, """
        { "companies": [ { "domain": "acme" } ],
          "users": [ { "id": 7, "company": "acme", "company_admin": true, "full_name": "Sam Ple", "email": "s@a.example" } ],
          "groups": [ { "uid": "solo", "company": "acme", "users": [7] } ],
          "tokens": { "sam": 7 } }
        """);

    try (KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder().fixture(file).build())) {
      assertThat(kaiten.state().members("solo")).containsExactly(7L);
      assertThat(TestHttp.request("GET", kaiten.url("/groups/solo/users")).token("sam").send().status())
          .isEqualTo(200);
      assertInvalidToken(TestHttp.request("GET", kaiten.url("/groups/developers/users")).token(Demo.ADMIN).send());
    }
  }

  @Test
  void startsFromTheBundledEmptyFixture() {
    try (KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder().fixture("empty").build())) {
      assertThat(kaiten.state().toJson()).doesNotContain("developers");
      assertInvalidToken(TestHttp.request("GET", kaiten.url("/groups/developers/users")).token(Demo.ADMIN).send());
    }
  }

  @Test
  void startsFromInlineFixtureText() {
    String json = """
        { "companies": [ { "domain": "acme" } ],
          "users": [ { "id": 7, "company": "acme", "full_name": "Sam Ple", "email": "s@a.example" } ],
          "groups": [ { "uid": "solo", "company": "acme", "users": [7], "admins": [7] } ],
          "tokens": { "sam": 7 } }
        """;

    try (KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder().fixtureJson(json).build())) {
      assertThat(TestHttp.request("DELETE", kaiten.url("/groups/solo/users/7")).token("sam").send().status())
          .isEqualTo(200);
      assertThat(kaiten.state().members("solo")).isEmpty();
    }
  }

  @Test
  void anInvalidFixtureFileIsRefusedNamingFileAndField(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, """
        { "companies": [ { "domain": "acme" } ],
          "users": [ { "id": 7, "company": "acme", "full_name": "Sam Ple", "email": "s@a.example", "avatar_type": 7 } ] }
        """);

    assertThatThrownBy(() -> KaitenMockServer.start(MockOptions.builder().fixture(file).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("users[0].avatar_type")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aRefusedFixtureLeavesThePortFreeForTheCorrectedStart() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = probe.getLocalPort();
    }
    MockOptions onPort = MockOptions.builder().port(port).build();

    assertThatThrownBy(() -> KaitenMockServer.start(onPort.toBuilder().fixtureJson("{ \"users\": 7 }").build()))
        .isInstanceOf(IllegalArgumentException.class);

    // The port was bound while the fixture was read; the refusal frees it before it returns.
    try (ServerSocket rebound = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThat(rebound.getLocalPort()).isEqualTo(port);
    }
    try (KaitenMockServer kaiten = KaitenMockServer.start(onPort)) {
      assertThat(kaiten.port()).isEqualTo(port);
      assertThat(TestHttp.request("GET", kaiten.url("/groups/developers/users")).token(Demo.ADMIN).send().status())
          .isEqualTo(200);
    }
  }

  @Test
  void aMissingFixtureFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("no-such.json");

    assertThatThrownBy(() -> KaitenMockServer.start(MockOptions.builder().fixture(missing).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void resetForgetsChangesMadeOverHttpAndThroughTheState() {
    try (KaitenMockServer kaiten = KaitenMockServer.start()) {
      String startup = kaiten.state().toJson();
      TestHttp.request("DELETE", kaiten.url("/groups/developers/users/42")).token(Demo.ADMIN).send();
      kaiten.state().addMember(Demo.DESIGNERS, Demo.BOB);

      kaiten.reset();

      assertThat(kaiten.state().toJson()).isEqualTo(startup);
    }
  }

  @Test
  void requestsAfterASequenceNumberAreWhatHappenedSince() throws InterruptedException {
    try (KaitenMockServer kaiten = KaitenMockServer.start()) {
      TestHttp.request("GET", kaiten.url("/groups/developers/users")).token(Demo.ADMIN).send();
      kaiten.takeRequest(5, TimeUnit.SECONDS);
      long mark = kaiten.lastSequence();
      TestHttp.request("DELETE", kaiten.url("/groups/developers/users/42")).token(Demo.ADMIN).send();
      kaiten.takeRequest(5, TimeUnit.SECONDS);

      List<RecordedExchange> since = kaiten.requestsAfter(mark);

      assertThat(mark).isPositive();
      assertThat(since).extracting(RecordedExchange::method).containsExactly("DELETE");
      assertThat(since.get(0).sequence()).isEqualTo(mark + 1);
      assertThat(kaiten.requestsAfter(0)).hasSize(2);
      kaiten.reset();
      assertThat(kaiten.lastSequence()).isEqualTo(mark + 1); // numbers go on across a reset
      assertThat(kaiten.requestsAfter(0)).isEmpty();
    }
  }

  @Test
  void aViolationListenerHearsOfEachExchangeAgainstTheContractAndOfNoOther(@TempDir Path dir) throws Exception {
    Path contract = dir.resolve("json-401.yaml");
    String bundled = new String(KaitenMockServerTest.class.getClassLoader()
        .getResourceAsStream("openapi/kaiten-group-users.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    // In this copy 401 is documented as JSON; the emulator answers Kaiten's text/plain.
    Files.writeString(contract, bundled.replace("        text/plain:\n", "        application/json:\n"));
    List<RecordedExchange> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (LogCapture strictMode = LogCapture.of("io.kaitenkit.mock.internal.strict.StrictMode");
        KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder().contract(contract).build())) {
      kaiten.onViolation(heard::add);

      TestHttp.request("GET", kaiten.url("/groups/developers/users")).token(Demo.ADMIN).send();
      TestHttp.request("GET", kaiten.url("/groups/developers/users")).token("not-a-token").send();
      kaiten.onViolation(null);
      TestHttp.request("GET", kaiten.url("/groups/developers/users")).token("still-not-a-token").send();

      assertThat(heard).singleElement().satisfies(exchange -> {
        assertThat(exchange.status()).isEqualTo(401);
        assertThat(exchange.operationId()).isEqualTo("listGroupUsers");
        assertThat(exchange.violations()).isNotEmpty();
        assertThat(exchange.toString()).doesNotContain("not-a-token");
      });
      assertThat(kaiten.requestCount()).isEqualTo(3);
      assertThat(strictMode.errors()).hasSize(2);
    }
  }
}
