package io.kaitenkit.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /__admin/state} copies the state under the lock and writes it out after: writing a large
 * state takes long, and API calls wait for the lock meanwhile.
 */
class StateWriteLockTest {
  private final FixtureReader reader = new FixtureReader(KaitenApiSpec.bundled());

  @Test
  @SuppressWarnings("unchecked") // ObjectNode's deepCopy() narrows JsonNode's generic one; this subclass keeps it
  void theStateIsWrittenOutWithoutHoldingTheLock() {
    KaitenModel model = reader.read("demo", Fixtures.read("demo"));
    GuardedModel store = new GuardedModel(model);
    List<Boolean> lockHeldWhileWriting = new ArrayList<>();
    // An account object that notes, as the writer reads it, whether the writer holds the store's lock.
    ObjectNode account = new ObjectNode(JsonNodeFactory.instance) {
      @Override
      public Set<Map.Entry<String, JsonNode>> properties() {
        lockHeldWhileWriting.add(Thread.holdsLock(store));
        return super.properties();
      }
    };
    account.put("note", "read by the writer");
    store.apply(state -> {
      UserRecord user = state.users().get(42L);
      state.putUser(new UserRecord(user.id(), user.company(), user.companyAdmin(), user.permissions(),
          user.activated(), user.json(), user.extendedTail(), account, user.searchKey()));
      return null;
    });

    String json = new GuardedLiveState(store, reader).toJson();

    assertThat(json).contains("\"note\" : \"read by the writer\"");
    assertThat(lockHeldWhileWriting).isNotEmpty().containsOnly(false);
  }
}
