package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertInvalidToken;
import static io.kaitenkit.mock.MockAssertions.sendRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Step 1 of the decision order: no valid bearer token, 401 {@code Invalid token}, before anything else. */
class AuthenticationTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  static Stream<Arguments> badAuthorizations() {
    Stream<String> values = Stream.of(
        "Basic ZGVtby1hZG1pbi10b2tlbjo=",
        "Bearer",
        "Bearer    ",
        "Bearer " + Demo.UNKNOWN,
        Demo.ADMIN,
        "Token " + Demo.ADMIN,
        "Bearer" + Demo.ADMIN);
    return values.flatMap(value -> Stream.of(Operation.values()).map(op -> Arguments.of(op, value)));
  }

  @ParameterizedTest(name = "{0} with Authorization: {1}")
  @MethodSource("badAuthorizations")
  void badAuthorizationGets401PlainText(Operation operation, String authorization) {
    TestHttp request = operation.onDevelopers(api()).header("Authorization", authorization);

    assertInvalidToken(sendRejected(kaiten(), request));
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void missingAuthorizationGets401PlainText(Operation operation) {
    assertInvalidToken(sendRejected(kaiten(), operation.onDevelopers(api())));
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void unknownTokenGets401PlainText(Operation operation) {
    assertInvalidToken(sendRejected(kaiten(), operation.onDevelopers(api()).token(Demo.UNKNOWN)));
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void invalidTokenWinsOverPrefer(Operation operation) {
    TestHttp request = operation.onDevelopers(api()).token(Demo.UNKNOWN).header("Prefer", "code=200");

    assertInvalidToken(sendRejected(kaiten(), request));
  }

  @Test
  void invalidTokenWinsOverAMalformedUserId() {
    assertInvalidToken(sendRejected(kaiten(), api().remove(Demo.DEVELOPERS, "abc")));
    assertInvalidToken(sendRejected(kaiten(), api().remove(Demo.DEVELOPERS, "0").token(Demo.UNKNOWN)));
  }

  @Test
  void invalidTokenWinsOverAMalformedBody() {
    assertInvalidToken(sendRejected(kaiten(), api().addWithoutBody(Demo.DEVELOPERS).json("{\"user_id\":")));
    assertInvalidToken(sendRejected(kaiten(),
        api().addWithoutBody(Demo.DEVELOPERS).header("Authorization", "Basic YTpi").json("[1]")));
    assertInvalidToken(sendRejected(kaiten(), api().addWithoutBody(Demo.DEVELOPERS).token(Demo.UNKNOWN)));
  }

  @Test
  void invalidTokenWinsOverMalformedRequestAndPreferTogether() {
    TestHttp request = api().remove(Demo.DEVELOPERS, "abc").token(Demo.UNKNOWN).header("Prefer", "code=200");

    assertInvalidToken(sendRejected(kaiten(), request));
  }

  @Test
  void theBearerSchemeIsCaseInsensitive() {
    TestHttp.Answer answer = api().remove(Demo.DEVELOPERS, Demo.ADA)
        .header("Authorization", "bearer " + Demo.ADMIN)
        .send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.ADA)).isFalse();
  }

  @Test
  void aTokenIsCaseSensitive() {
    TestHttp request = api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN.toUpperCase());

    assertInvalidToken(sendRejected(kaiten(), request));
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }

  private static GroupUsersApi api() {
    return new GroupUsersApi(MOCK.server());
  }
}
