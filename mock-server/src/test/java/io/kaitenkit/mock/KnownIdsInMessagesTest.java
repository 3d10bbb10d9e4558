package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Messages that list known ids stay short however large the state is. */
class KnownIdsInMessagesTest {
  @Test
  void anUnknownUserListsTheFirstTwentyKnownIdsAndHowManyMore() {
    StringBuilder users = new StringBuilder();
    for (int id = 1; id <= 1000; id++) {
      users.append(id == 1 ? "" : ",").append("{\"id\":").append(id)
          .append(",\"company\":\"acme\",\"full_name\":\"User Number\",\"email\":\"u").append(id).append("@acme.example\"}");
    }
    String fixture = "{\"companies\":[{\"domain\":\"acme\"}],\"users\":[" + users + "],\"groups\":[],\"tokens\":{}}";
    try (KaitenMockServer kaiten = KaitenMockServer.start(MockOptions.builder().fixtureJson(fixture).build())) {
      assertThatThrownBy(() -> kaiten.state().setCompanyAdmin(5000, true))
          .hasMessageContaining("unknown user 5000; known: [1, 2, 3")
          .hasMessageContaining("20, ... and 980 more]")
          .hasMessageNotContaining("21,");
    }
  }
}
