package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertMessage;
import static io.kaitenkit.mock.MockAssertions.sendRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.junit5.KaitenMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Step 5 of the decision order: changing members needs groups in the company's tariff, 402 otherwise. */
class TariffTest {
  private static final String NOT_IN_TARIFF = "Feature is not supported by tariff";

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void addingAndRemovingWithoutGroupsInTheTariffIs402() {
    assertThat(assertMessage(sendRejected(kaiten(), api().add(Demo.ENGINEERING, 100).token(Demo.NO_GROUPS_TARIFF)), 402))
        .isEqualTo(NOT_IN_TARIFF);
    assertThat(assertMessage(sendRejected(kaiten(),
        api().remove(Demo.ENGINEERING, Demo.HOMER).token(Demo.NO_GROUPS_TARIFF)), 402))
        .isEqualTo(NOT_IN_TARIFF);
  }

  @Test
  void listingWithoutGroupsInTheTariffIsAllowed() {
    assertThat(api().list(Demo.ENGINEERING).token(Demo.NO_GROUPS_TARIFF).send().status()).isEqualTo(200);
  }

  @Test
  void tariffComesBeforePermissionAndExistence() {
    kaiten().state().setCompanyAdmin(100, false);

    assertThat(assertMessage(sendRejected(kaiten(),
        api().remove(Demo.ENGINEERING, Demo.HOMER).token(Demo.NO_GROUPS_TARIFF)), 402)).isEqualTo(NOT_IN_TARIFF);
    assertThat(assertMessage(sendRejected(kaiten(),
        api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.NO_GROUPS_TARIFF)), 402)).isEqualTo(NOT_IN_TARIFF);
    assertThat(assertMessage(sendRejected(kaiten(),
        api().add("no-such-group", Demo.HOMER).token(Demo.NO_GROUPS_TARIFF)), 402)).isEqualTo(NOT_IN_TARIFF);
  }

  @Test
  void addingGroupsToTheTariffLiftsTheLimit() {
    kaiten().state().setGroupsInTariff("globex", true);

    assertThat(api().remove(Demo.ENGINEERING, Demo.HOMER).token(Demo.NO_GROUPS_TARIFF).send().status())
        .isEqualTo(200);
    assertThat(kaiten().state().members(Demo.ENGINEERING)).isEmpty();
  }

  @Test
  void removingGroupsFromTheTariffLimitsChangesButNotListing() {
    kaiten().state().setGroupsInTariff("acme", false);

    assertThat(assertMessage(sendRejected(kaiten(), api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN)), 402))
        .isEqualTo(NOT_IN_TARIFF);
    assertThat(api().list(Demo.DEVELOPERS).token(Demo.ADMIN).send().status()).isEqualTo(200);
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }

  private static GroupUsersApi api() {
    return new GroupUsersApi(MOCK.server());
  }
}
