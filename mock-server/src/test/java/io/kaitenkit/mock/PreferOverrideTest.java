package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertConforms;
import static io.kaitenkit.mock.MockAssertions.assertMessage;
import static io.kaitenkit.mock.MockAssertions.parse;
import static io.kaitenkit.mock.MockAssertions.sendRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.TestHttp.Answer;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import io.kaitenkit.spec.DocumentedResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Step 3 of the decision order: {@code Prefer: code=N} answers the contract's example for N and changes nothing. */
class PreferOverrideTest {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  /** Every documented status of every operation. */
  static Stream<Arguments> documentedResponses() {
    return Stream.of(Operation.values()).flatMap(operation -> SPEC.operation(operation.id).statuses().stream()
        .map(status -> Arguments.of(operation, status)));
  }

  @ParameterizedTest(name = "{0} Prefer: code={1}")
  @MethodSource("documentedResponses")
  void answersTheDocumentedExampleAndLeavesTheStateAlone(Operation operation, int status) {
    DocumentedResponse documented = SPEC.operation(operation.id).response(status);

    Answer answer = sendRejected(kaiten(), operation.onDevelopers(api()).token(Demo.ADMIN).header("Prefer", "code=" + status));

    assertThat(answer.status()).isEqualTo(status);
    if (documented.contentType() == null) {
      assertThat(answer.body()).isEmpty();
    } else if (documented.contentType().contains("json")) {
      assertThat(answer.header("Content-Type")).startsWith(documented.contentType());
      assertThat(parse(answer.body())).isEqualTo(parse(documented.example()));
    } else {
      assertThat(answer.header("Content-Type")).startsWith(documented.contentType());
      assertThat(answer.body()).isEqualTo(documented.example());
    }
    documented.exampleHeaders().keySet().forEach(header -> assertThat(answer.header(header)).isNotNull());
    assertConforms(operation.id, answer);
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void code429CarriesBothRateLimitHeaders(Operation operation) {
    long before = System.currentTimeMillis();

    Answer answer = sendRejected(kaiten(), operation.onDevelopers(api()).token(Demo.ADMIN).header("Prefer", "code=429"));

    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.body()).isEmpty();
    assertThat(answer.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(Long.parseLong(answer.header("X-RateLimit-Reset"))).isGreaterThan(before);
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void undocumentedCodeIs400NamingTheDocumentedCodes(Operation operation) {
    Answer answer = sendRejected(kaiten(), operation.onDevelopers(api()).token(Demo.ADMIN).header("Prefer", "code=418"));

    String message = assertMessage(answer, 400);
    assertThat(message).contains("418").contains(operation.id);
    SPEC.operation(operation.id).statuses().forEach(status -> assertThat(message).contains(status.toString()));
    assertConforms(operation.id, answer);
  }

  @Test
  void code402IsNotDocumentedForListing() {
    String message = assertMessage(sendRejected(kaiten(),
        api().list(Demo.DEVELOPERS).token(Demo.ADMIN).header("Prefer", "code=402")), 400);

    assertThat(message).contains("402").contains("[200, 400, 401, 403, 404, 429]");
  }

  @ParameterizedTest(name = "Prefer: {0}")
  @ValueSource(strings = {"code=2000", "code=2001", "code=4040", "code=200000000"})
  void aLongerNumberIsNotItsPrefix(String prefer) {
    TestHttp request = api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).header("Prefer", prefer);

    assertThat(assertMessage(sendRejected(kaiten(), request), 400)).contains(prefer).contains("not documented");
  }

  @Test
  void theCodeMayComeWithOtherPreferences() {
    Answer answer = sendRejected(kaiten(),
        api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).header("Prefer", "dynamic=false, code=404"));

    assertThat(answer.status()).isEqualTo(404);
  }

  @Test
  void preferWithoutACodeIsIgnored() {
    Answer answer = api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).header("Prefer", "return=minimal").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(kaiten().state().members(Demo.DEVELOPERS)).containsExactly(Demo.ALAN);
  }

  @Test
  void preferOverridesTariffPermissionAndExistence() {
    DocumentedResponse removed = SPEC.operation("removeUserFromGroup").response(200);

    Answer tariff = sendRejected(kaiten(),
        api().remove(Demo.ENGINEERING, Demo.HOMER).token(Demo.NO_GROUPS_TARIFF).header("Prefer", "code=200"));
    Answer permission = sendRejected(kaiten(),
        api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.NO_PERMISSION).header("Prefer", "code=200"));
    Answer existence = sendRejected(kaiten(),
        api().remove("no-such-group", Demo.ADA).token(Demo.ADMIN).header("Prefer", "code=200"));

    for (Answer answer : new Answer[] {tariff, permission, existence}) {
      assertThat(answer.status()).isEqualTo(200);
      assertThat(parse(answer.body())).isEqualTo(parse(removed.example()));
    }
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }

  private static GroupUsersApi api() {
    return new GroupUsersApi(MOCK.server());
  }
}
