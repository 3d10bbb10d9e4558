package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertMessage;
import static io.kaitenkit.mock.MockAssertions.sendRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Step 2 of the decision order: a request the contract rejects is 400 {@code {"message"}} naming the problem. */
class RequestValidationTest {
  private static KaitenMockServer kaiten;
  private static GroupUsersApi api;

  @BeforeAll
  static void startKaiten() {
    kaiten = KaitenMockServer.start();
    api = new GroupUsersApi(kaiten);
  }

  @AfterAll
  static void stopKaiten() {
    kaiten.close();
  }

  @BeforeEach
  void resetKaiten() {
    kaiten.reset();
  }

  @ParameterizedTest(name = "user_id={0}")
  @ValueSource(strings = {"abc", "0", "-1", "99999999999999999999", "1.5", "42abc", "true"})
  void malformedUserIdIs400NamingTheParameterAndValue(String userId) {
    String message = assertMessage(sendRejected(kaiten, api.remove(Demo.DEVELOPERS, userId).token(Demo.ADMIN)), 400);

    assertThat(message).contains("user_id").contains("'" + userId + "'");
  }

  @Test
  void addingWithoutABodyIs400NamingTheBody() {
    String message = assertMessage(sendRejected(kaiten, api.addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN)), 400);

    assertThat(message).contains("body").doesNotContain("Content-Type");
  }

  @Test
  void addingWithABlankJsonBodyIs400NamingTheBody() {
    TestHttp request = api.addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN).json("  ");

    assertThat(assertMessage(sendRejected(kaiten, request), 400)).contains("body");
  }

  @ParameterizedTest(name = "body {0}")
  @ValueSource(strings = {
      "{}",
      "{\"user_id\":\"5\"}",
      "{\"user_id\":null}",
      "{\"user_id\":0}",
      "{\"user_id\":-3}",
      "{\"user_id\":1.5}",
      "{\"user_id\":99999999999999999999}",
      "{\"userId\":5}",
      "[{\"user_id\":5}]",
      "[]",
      "\"user_id\"",
      "5"})
  void addingWithAnInvalidBodyIs400NamingUserId(String body) {
    TestHttp request = api.addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN).json(body);

    assertThat(assertMessage(sendRejected(kaiten, request), 400)).contains("user_id");
  }

  @ParameterizedTest(name = "body {0}")
  @ValueSource(strings = {"{\"user_id\":", "{user_id: 2}", "{\"user_id\": 2,}", "nonsense"})
  void addingWithBrokenJsonIs400SayingItIsNotJson(String body) {
    TestHttp request = api.addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN).json(body);

    assertThat(assertMessage(sendRejected(kaiten, request), 400)).contains("body").contains("not valid JSON");
  }

  @Test
  void addingWithANonJsonContentTypeIs400NamingTheContentType() {
    TestHttp request = api.addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN)
        .header("Content-Type", "text/plain").body("{\"user_id\":2}");

    assertThat(assertMessage(sendRejected(kaiten, request), 400)).contains("Content-Type").contains("text/plain");
  }

  @Test
  void malformedRequestWinsOverPrefer() {
    String removing = assertMessage(sendRejected(kaiten,
        api.remove(Demo.DEVELOPERS, "abc").token(Demo.ADMIN).header("Prefer", "code=200")), 400);
    String adding = assertMessage(sendRejected(kaiten,
        api.addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN).header("Prefer", "code=200").json("{}")), 400);

    assertThat(removing).contains("user_id").contains("'abc'");
    assertThat(adding).contains("user_id");
  }

  @Test
  void malformedRequestWinsOverTariffPermissionAndExistence() {
    assertThat(assertMessage(sendRejected(kaiten,
        api.remove(Demo.ENGINEERING, "abc").token(Demo.NO_GROUPS_TARIFF)), 400)).contains("user_id");
    assertThat(assertMessage(sendRejected(kaiten,
        api.remove(Demo.DEVELOPERS, "abc").token(Demo.NO_PERMISSION)), 400)).contains("user_id");
    assertThat(assertMessage(sendRejected(kaiten,
        api.remove("no-such-group", "abc").token(Demo.ADMIN)), 400)).contains("user_id");
    assertThat(assertMessage(sendRejected(kaiten,
        api.addWithoutBody(Demo.DEVELOPERS).token(Demo.OTHER_COMPANY).json("{}")), 400)).contains("user_id");
  }
}
