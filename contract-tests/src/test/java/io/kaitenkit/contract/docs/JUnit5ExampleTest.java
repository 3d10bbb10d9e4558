package io.kaitenkit.contract.docs;

import static org.assertj.core.api.Assertions.assertThat;

// snippet:start declarative
import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.UserExtended;
import io.kaitenkit.mock.junit5.KaitenMockInfo;
import io.kaitenkit.mock.junit5.KaitenMockTest;
import java.util.List;
import org.junit.jupiter.api.Test;
// snippet:end

/** Runs the declarative example of docs/junit5.md. */
// snippet:start declarative
@KaitenMockTest
class JUnit5ExampleTest {
  @Test
  void aGroupAdminListsTheMembers(KaitenMockInfo kaiten) throws Exception {
    KaitenClient client = KaitenClient.builder()
        .baseUri(kaiten.baseUrl())
        .token(kaiten.tokenOf(3)) // user 3 administers group developers
        .build();

    KaitenResult<List<UserExtended>> members = client.listGroupUsers("developers");

    assertThat(members.orThrow()).extracting(UserExtended::id).containsExactly(42L, 43L);
  }
}
// snippet:end
