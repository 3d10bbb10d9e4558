package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertInvalidToken;
import static io.kaitenkit.mock.MockAssertions.assertNoBody;
import static io.kaitenkit.mock.MockAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The live state through {@link LiveState}: each change shows over HTTP, each refused change leaves it alone. */
class LiveStateTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void membersAreTheGroupsUserIdsInOrder() {
    assertThat(kaiten().state().members(Demo.DEVELOPERS)).containsExactly(Demo.ADA, Demo.ALAN);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.ADA)).isTrue();
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.BOB)).isFalse();
  }

  @Test
  void askingAboutAnUnknownGroupNamesIt() {
    assertThatThrownBy(() -> kaiten().state().members("no-such-group"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-group");
  }

  @Test
  void adminsAreChangeableAndNeedNotBeMembers() {
    kaiten().state().addAdmin(Demo.DESIGNERS, Demo.BOB);
    kaiten().state().removeAdmin(Demo.DEVELOPERS, 3);

    assertThat(kaiten().state().admins(Demo.DESIGNERS)).containsExactly(Demo.BOB);
    assertThat(kaiten().state().isMember(Demo.DESIGNERS, Demo.BOB)).isFalse();
    assertThat(kaiten().state().isAdmin(Demo.DEVELOPERS, 3)).isFalse();
    assertThat(api().remove(Demo.DESIGNERS, Demo.GRACE).token(Demo.NO_PERMISSION).send().status()).isEqualTo(200);
    assertThat(api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.GROUP_ADMIN).send().status()).isEqualTo(403);
  }

  @Test
  void addAdminOfAUserOfAnotherCompanyIsRefused() {
    String before = kaiten().state().toJson();

    assertThatThrownBy(() -> kaiten().state().addAdmin(Demo.DEVELOPERS, Demo.HOMER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("globex");
    assertThat(kaiten().state().toJson()).isEqualTo(before);
  }

  @Test
  void groupBitsCountWhileTheMembershipLasts() {
    assertThat(kaiten().state().effectivePermissions(Demo.DAN)).isEqualTo(1);

    kaiten().state().removeMember(Demo.PEOPLE_OPS, Demo.DAN);

    assertThat(kaiten().state().effectivePermissions(Demo.DAN)).isZero();
    assertThat(api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.MEMBERS_PERMISSION).send().status()).isEqualTo(403);
  }

  @Test
  void deactivatingAUserShowsInTheirProfile() {
    kaiten().state().setActivated(Demo.ADA, false);

    assertThat(MockAssertions.assertJson(api().list(Demo.DEVELOPERS).token(Demo.ADMIN).send()).get(0)
        .get("activated").asBoolean()).isFalse();
  }

  @Test
  void addMemberShowsInTheList() {
    kaiten().state().addMember(Demo.DEVELOPERS, Demo.BOB);

    assertThat(MockAssertions.assertJson(api().list(Demo.DEVELOPERS).token(Demo.ADMIN).send()).get(0).get("id").asLong())
        .isEqualTo(Demo.BOB);
  }

  @Test
  void addMemberOfAUserOfAnotherCompanyIsRefused() {
    String before = kaiten().state().toJson();

    assertThatThrownBy(() -> kaiten().state().addMember(Demo.DEVELOPERS, Demo.HOMER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("globex")
        .hasMessageContaining("acme");
    assertThat(kaiten().state().toJson()).isEqualTo(before);
  }

  @Test
  void addMemberOfAnUnknownUserIsRefused() {
    assertThatThrownBy(() -> kaiten().state().addMember(Demo.DEVELOPERS, Demo.NOBODY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Long.toString(Demo.NOBODY));
    assertThat(kaiten().state().members(Demo.DEVELOPERS)).containsExactly(Demo.ADA, Demo.ALAN);
  }

  @Test
  void removeMemberMakesTheDelete404() {
    kaiten().state().removeMember(Demo.DEVELOPERS, Demo.ADA);

    assertNoBody(api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).send(), 404);
  }

  @Test
  void setGroupsInTariffSwitchesThe402() {
    kaiten().state().setGroupsInTariff("globex", true);
    assertThat(api().add(Demo.ENGINEERING, 100).token(Demo.NO_GROUPS_TARIFF).send().status()).isEqualTo(200);

    kaiten().state().setGroupsInTariff("globex", false);
    assertThat(api().add(Demo.ENGINEERING, 100).token(Demo.NO_GROUPS_TARIFF).send().status()).isEqualTo(402);
    assertThat(kaiten().state().members(Demo.ENGINEERING)).containsExactly(100L, Demo.HOMER);
  }

  @Test
  void setGroupsInTariffOfAnUnknownCompanyIsRefused() {
    assertThatThrownBy(() -> kaiten().state().setGroupsInTariff("umbrella", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("umbrella");
  }

  @Test
  void setCompanyAdminGivesAndTakesTheRight() {
    kaiten().state().setCompanyAdmin(Demo.BOB, true);
    assertThat(api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.NO_PERMISSION).send().status()).isEqualTo(200);

    kaiten().state().setCompanyAdmin(Demo.BOB, false);
    assertNoBody(api().remove(Demo.DEVELOPERS, Demo.ALAN).token(Demo.NO_PERMISSION).send(), 403);
    assertThat(kaiten().state().members(Demo.DEVELOPERS)).containsExactly(Demo.ALAN);
  }

  @Test
  void setPermissionsGivesAndTakesBit1() {
    kaiten().state().setPermissions(Demo.BOB, 1);
    assertThat(api().list(Demo.DESIGNERS).token(Demo.NO_PERMISSION).send().status()).isEqualTo(200);

    kaiten().state().setPermissions(Demo.BOB, 0);
    assertNoBody(api().list(Demo.DESIGNERS).token(Demo.NO_PERMISSION).send(), 403);
  }

  @Test
  void negativePermissionsAreRefused() {
    assertThatThrownBy(() -> kaiten().state().setPermissions(Demo.BOB, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addTokenLetsANewTokenActAsTheUser() {
    assertInvalidToken(api().list(Demo.DEVELOPERS).token("ci-token").send());

    kaiten().state().addToken("ci-token", 1);

    assertThat(api().list(Demo.DEVELOPERS).token("ci-token").send().status()).isEqualTo(200);
  }

  @Test
  void addTokenCanMoveATokenToAnotherUser() {
    kaiten().state().addToken(Demo.ADMIN, Demo.BOB);

    assertNoBody(api().list(Demo.DEVELOPERS).token(Demo.ADMIN).send(), 403);
  }

  @Test
  void addTokenOfAnUnknownUserOrWithSpacesIsRefused() {
    assertThatThrownBy(() -> kaiten().state().addToken("t", Demo.NOBODY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kaiten().state().addToken("my token", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kaiten().state().addToken("", 1)).isInstanceOf(IllegalArgumentException.class);
    assertInvalidToken(api().list(Demo.DEVELOPERS).token("t").send());
  }

  @Test
  void removeTokenMakesItUnknown() {
    kaiten().state().removeToken(Demo.ADMIN);

    assertInvalidToken(api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).send());
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.ADA)).isTrue();
  }

  @Test
  void toJsonRoundTripsThroughReplace() {
    kaiten().state().addMember(Demo.DEVELOPERS, Demo.BOB);
    kaiten().state().setGroupsInTariff("globex", true);
    kaiten().state().addToken("ci-token", 3);
    String json = kaiten().state().toJson();

    kaiten().reset();
    kaiten().state().replace(json);

    assertThat(kaiten().state().toJson()).isEqualTo(json);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.BOB)).isTrue();
    assertThat(api().list(Demo.DEVELOPERS).token("ci-token").send().status()).isEqualTo(200);
  }

  @Test
  void replaceSwapsTheWholeState() {
    ObjectNode state = (ObjectNode) parse(kaiten().state().toJson());
    state.putObject("tokens").put("only-token", Demo.BOB);

    kaiten().state().replace(state.toString());

    assertInvalidToken(api().list(Demo.DEVELOPERS).token(Demo.ADMIN).send());
    assertNoBody(api().list(Demo.DEVELOPERS).token("only-token").send(), 403);
  }

  @Test
  void replaceWithAnInvalidFixtureKeepsTheOldState() {
    kaiten().state().addMember(Demo.DEVELOPERS, Demo.BOB);
    String before = kaiten().state().toJson();
    String invalid = before.replace("\"theme\" : \"light\"", "\"theme\" : \"pink\"");

    assertThatThrownBy(() -> kaiten().state().replace(invalid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("theme")
        .hasMessageContaining("pink")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(invalid).isNotEqualTo(before);
    assertThat(kaiten().state().toJson()).isEqualTo(before);
    assertThat(api().list(Demo.DEVELOPERS).token(Demo.ADMIN).send().status()).isEqualTo(200);
  }

  @Test
  void replaceWithBrokenJsonKeepsTheOldState() {
    String before = kaiten().state().toJson();

    assertThatThrownBy(() -> kaiten().state().replace("{\"companies\": ["))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid JSON");
    assertThat(kaiten().state().toJson()).isEqualTo(before);
  }

  @Test
  void loadReadsAFixtureFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("small.json");
    Files.writeString(file, """
        { "companies": [ { "domain": "acme" } ],
          "users": [ { "id": 7, "company": "acme", "company_admin": true, "full_name": "Sam Ple", "email": "s@a.example" } ],
          "groups": [ { "uid": "solo", "company": "acme", "users": [7] } ],
          "tokens": { "sam": 7 } }
        """);

    kaiten().state().load(file);

    assertThat(kaiten().state().members("solo")).containsExactly(7L);
    assertThat(api().remove("solo", 7).token("sam").send().status()).isEqualTo(200);
    assertInvalidToken(api().list(Demo.DEVELOPERS).token(Demo.ADMIN).send());
  }

  @Test
  void loadOfAMissingFileNamesItAndKeepsTheOldState(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    String before = kaiten().state().toJson();

    assertThatThrownBy(() -> kaiten().state().load(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString());
    assertThat(kaiten().state().toJson()).isEqualTo(before);
  }

  @Test
  void resetRestoresTheStartupFixture() {
    String startup = kaiten().state().toJson();
    api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).send();
    kaiten().state().setGroupsInTariff("globex", true);
    kaiten().state().removeToken(Demo.ADMIN);

    kaiten().reset();

    assertThat(kaiten().state().toJson()).isEqualTo(startup);
    assertThat(api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).send().status()).isEqualTo(200);
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }

  private static GroupUsersApi api() {
    return new GroupUsersApi(MOCK.server());
  }
}
