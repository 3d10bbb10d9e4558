package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertNoBody;
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

/** Step 7 of the decision order: a group of another company is as good as unknown, 404. */
class TenantIsolationTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  /** A company admin, a group of another company, and a member of that group. */
  static Stream<Arguments> foreignGroups() {
    Stream<Arguments> cases = Stream.of(
        Arguments.of("initech admin", Demo.OTHER_COMPANY, Demo.DEVELOPERS, Demo.ADA),
        Arguments.of("acme admin", Demo.ADMIN, Demo.ENGINEERING, Demo.HOMER),
        Arguments.of("acme admin", Demo.ADMIN, Demo.TPS_REPORTS, Demo.PETER),
        Arguments.of("acme admin", Demo.ADMIN, "no-such-group", Demo.ADA));
    return cases.flatMap(arguments -> Stream.of(Operation.values()).map(operation -> Arguments.of(
        operation, arguments.get()[0], arguments.get()[1], arguments.get()[2], arguments.get()[3])));
  }

  @ParameterizedTest(name = "{0} by {1} on {3}")
  @MethodSource("foreignGroups")
  void aGroupOfAnotherCompanyIs404(Operation operation, String who, String token, String group, long member) {
    TestHttp request = operation.request(api(), group, member).token(token);

    assertNoBody(sendRejected(kaiten(), request), 404);
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void aCompanyAdminReachesTheirOwnCompanysGroup(Operation operation) {
    TestHttp request = operation.request(api(), Demo.TPS_REPORTS, Demo.PETER).token(Demo.OTHER_COMPANY);

    assertThat(request.send().status()).isEqualTo(200);
  }

  @Test
  void addingOneOfTheOwnUsersToAnotherCompanysGroupIs404() {
    assertNoBody(sendRejected(kaiten(), api().add(Demo.TPS_REPORTS, Demo.BOB).token(Demo.ADMIN)), 404);

    assertThat(kaiten().state().members(Demo.TPS_REPORTS)).containsExactly(Demo.PETER);
  }

  @Test
  void addingAnotherCompanysUserToTheOwnGroupIs404() {
    assertNoBody(sendRejected(kaiten(), api().add(Demo.TPS_REPORTS, Demo.ADA).token(Demo.OTHER_COMPANY)), 404);
  }

  @Test
  void anotherCompanysGroupIsInvisibleEvenWhenTheUidIsKnown() {
    String unknown = api().list("no-such-group").token(Demo.OTHER_COMPANY).send().body();

    TestHttp.Answer foreign = api().list(Demo.DEVELOPERS).token(Demo.OTHER_COMPANY).send();

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body()).isEqualTo(unknown);
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }

  private static GroupUsersApi api() {
    return new GroupUsersApi(MOCK.server());
  }
}
