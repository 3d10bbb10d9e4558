package com.example;

// snippet:start example
import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.User;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GroupMembersTest {
  @RegisterExtension
  static KaitenMockExtension kaiten = KaitenMockExtension.builder().build();

  @Test
  void removesAdaFromTheDevelopers() throws Exception {
    kaiten.setUpProviderState("user 42 is a member of group developers", Map.of());

    KaitenClient client = KaitenClient.builder()
        .baseUri(kaiten.baseUrl())
        .token("demo-admin-token")
        .build();
    KaitenResult<User> result = client.removeUserFromGroup("developers", 42);

    assertThat(result).isInstanceOf(KaitenResult.Ok.class);
    assertThat(kaiten.state().isMember("developers", 42)).isFalse();
    RecordedExchange delete = kaiten.takeRequest(5, TimeUnit.SECONDS);
    assertThat(delete.method()).isEqualTo("DELETE");
    assertThat(delete.path()).isEqualTo("/api/latest/groups/developers/users/42");
    assertThat(delete.header("Authorization")).isEqualTo("Bearer demo…(16)"); // tokens are redacted
  }
}
// snippet:end
