package io.kaitenkit.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.spec.KaitenApiSpec;
import org.junit.jupiter.api.Test;

/** The users of a state, looked up by id and listed in id order, change together and only in their state. */
class KaitenModelUsersTest {
  private final KaitenModel original =
      new FixtureReader(KaitenApiSpec.bundled()).read("demo", Fixtures.readBundled("demo"));

  @Test
  void aChangedUserIsWhatTheLookUpAndTheListShowAndTheOriginalKeepsItsOwn() {
    UserRecord first = original.users().values().iterator().next();
    KaitenModel copy = original.copy();

    copy.putUser(first.withPermissions(first.permissions() | UserRecord.MEMBERS_ADMIN));

    assertThat(copy.user(first.id()).permissions()).isEqualTo(first.permissions() | UserRecord.MEMBERS_ADMIN);
    assertThat(copy.users().get(first.id())).isSameAs(copy.user(first.id()));
    assertThat(original.user(first.id())).isSameAs(first);
    assertThat(original.users().get(first.id())).isSameAs(first);
  }

  @Test
  void aRemovedUserIsGoneFromTheLookUpAndTheListOfItsStateOnly() {
    long id = original.users().lastKey();
    int count = original.users().size();
    KaitenModel copy = original.copy();

    copy.removeUser(id);

    assertThat(copy.user(id)).isNull();
    assertThat(copy.users()).doesNotContainKey(id).hasSize(count - 1);
    assertThat(original.user(id)).isNotNull();
    assertThat(original.users()).containsKey(id).hasSize(count);
  }

  @Test
  void anAddedUserIsListedInIdOrder() {
    UserRecord last = original.user(original.users().lastKey());
    UserRecord added = new UserRecord(last.id() + 1000, last.company(), false, 0, true, last.json(),
        last.extendedTail(), last.account(), last.searchKey());

    original.putUser(added);

    assertThat(original.user(added.id())).isSameAs(added);
    assertThat(original.users().lastKey()).isEqualTo(added.id());
  }
}
