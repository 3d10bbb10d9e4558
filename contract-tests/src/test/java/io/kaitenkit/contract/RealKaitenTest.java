package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the opt-in verification against a real Kaiten reads its environment. */
class RealKaitenTest {

  @Test
  void withoutBaseUrlAndTokenTheRealApiIsNotVerified() {
    assertThat(RealKaiten.fromEnvironment(Map.<String, String>of()::get)).isEmpty();
    assertThat(RealKaiten.fromEnvironment(Map.of(RealKaiten.BASE_URL, "https://acme.kaiten.ru/api/latest")::get))
        .isEmpty();
    assertThat(RealKaiten.OFF).contains("KAITEN_BASE_URL").contains("KAITEN_TOKEN").doesNotContain("\n");
  }

  @Test
  void switchedOnWithoutTheIdsItNeedsFailsNamingThem() {
    Map<String, String> env = Map.of(RealKaiten.BASE_URL, "https://acme.kaiten.ru/api/latest",
        RealKaiten.TOKEN, "secret");

    assertThatThrownBy(() -> RealKaiten.fromEnvironment(env::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("KAITEN_GROUP_UID and KAITEN_USER_ID")
        .hasMessageNotContaining("secret");
  }

  @Test
  void aCompleteEnvironmentNamesTheSpaceAndKeepsTheTokenOutOfItsDescription() {
    Map<String, String> env = Map.of(RealKaiten.BASE_URL, "https://acme.kaiten.ru/api/latest/",
        RealKaiten.TOKEN, "secret", RealKaiten.GROUP_UID, "qa-team", RealKaiten.USER_ID, "7");

    RealKaiten kaiten = RealKaiten.fromEnvironment(env::get).orElseThrow();

    assertThat(kaiten.basePath()).isEqualTo("/api/latest");
    assertThat(kaiten.port()).isEqualTo(443);
    assertThat(kaiten.groupUid()).isEqualTo("qa-team");
    assertThat(kaiten.userId()).isEqualTo(7);
    assertThat(kaiten.noPermissionToken()).isNull();
    assertThat(kaiten.toString()).doesNotContain("secret");
  }
}
