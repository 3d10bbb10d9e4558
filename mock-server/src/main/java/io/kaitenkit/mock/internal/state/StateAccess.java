package io.kaitenkit.mock.internal.state;

import io.kaitenkit.mock.MockState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@link MockState} over a {@link StateStore}: each method is one atomic step under the store's lock. */
public final class StateAccess implements MockState {
  private final StateStore store;
  private final FixtureReader reader;

  public StateAccess(StateStore store, FixtureReader reader) {
    this.store = store;
    this.reader = reader;
  }

  @Override
  public String toJson() {
    return store.apply(FixtureWriter::write).toPrettyString();
  }

  @Override
  public void replace(String fixtureJson) {
    StateData fresh = reader.read("state", fixtureJson); // validated before the swap
    store.replace(fresh);
  }

  @Override
  public void load(Path fixtureFile) {
    store.replace(reader.read(fixtureFile.toString(), Fixtures.readFile(fixtureFile)));
  }

  @Override
  public List<Long> members(String groupUid) {
    return store.apply(state -> List.copyOf(group(state, groupUid).members()));
  }

  @Override
  public boolean isMember(String groupUid, long userId) {
    return store.apply(state -> group(state, groupUid).members().contains(userId));
  }

  @Override
  public void addMember(String groupUid, long userId) {
    store.apply(state -> {
      GroupRecord group = group(state, groupUid);
      UserRecord user = user(state, userId);
      if (!user.company().equals(group.company())) {
        throw new IllegalArgumentException("user " + userId + " belongs to company '" + user.company()
            + "', group '" + groupUid + "' to company '" + group.company() + "'");
      }
      return group.members().add(userId);
    });
  }

  @Override
  public void removeMember(String groupUid, long userId) {
    store.apply(state -> group(state, groupUid).members().remove(userId));
  }

  @Override
  public void setGroupsInTariff(String companyDomain, boolean included) {
    store.apply(state -> {
      CompanyRecord company = state.companies().get(companyDomain);
      if (company == null) {
        throw new IllegalArgumentException("unknown company '" + companyDomain + "'; known: "
            + state.companies().keySet());
      }
      return state.companies().put(companyDomain, company.withGroupsInTariff(included));
    });
  }

  @Override
  public void setCompanyAdmin(long userId, boolean admin) {
    updateUser(userId, user -> user.withCompanyAdmin(admin));
  }

  @Override
  public void setPermissions(long userId, long bits) {
    if (bits < 0) {
      throw new IllegalArgumentException("permission bits must be >= 0, got " + bits);
    }
    updateUser(userId, user -> user.withPermissions(bits));
  }

  @Override
  public Map<String, Long> tokens() {
    return store.apply(state -> Map.copyOf(state.tokens()));
  }

  @Override
  public void addToken(String token, long userId) {
    if (token == null || token.isBlank() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("a token must be non-empty printable ASCII without spaces");
    }
    store.apply(state -> state.tokens().put(token, user(state, userId).id()));
  }

  @Override
  public void removeToken(String token) {
    store.apply(state -> state.tokens().remove(token));
  }

  /** Removes a group and everything that points at it. */
  public void removeGroup(String groupUid) {
    store.apply(state -> state.groups().remove(groupUid));
  }

  /** Removes a user with their memberships, group administrations and tokens. */
  public void removeUser(long userId) {
    store.apply(state -> {
      state.changeUsers().remove(userId);
      state.groups().replaceAll((uid, group) -> group.without(userId));
      return state.tokens().values().removeIf(id -> id == userId);
    });
  }

  /** Takes every right over the group from the user: company admin, permission bits, group admin. */
  public void revokeRights(long userId, String groupUid) {
    store.apply(state -> {
      UserRecord user = user(state, userId);
      state.changeUsers().put(userId, user.withCompanyAdmin(false).withPermissions(0));
      GroupRecord group = state.groups().get(groupUid);
      if (group != null) {
        state.groups().put(groupUid, group.withoutAdmin(userId));
      }
      // Rights also come through membership of a group with permission bits.
      state.groups().values().forEach(g -> {
        if (g.permissions() != 0) {
          g.members().remove(userId);
        }
      });
      return null;
    });
  }

  /** The store behind this access, for the emulator. */
  public StateStore store() {
    return store;
  }

  /** Swaps in a state that was read and validated elsewhere. */
  public void replace(StateData fresh) {
    store.replace(fresh);
  }

  /** The user a token acts as, or null. */
  public Long userOfToken(String token) {
    return store.apply(state -> state.tokens().get(token));
  }

  private void updateUser(long userId, Function<UserRecord, UserRecord> change) {
    store.apply(state -> state.changeUsers().put(userId, change.apply(user(state, userId))));
  }

  private static GroupRecord group(StateData state, String uid) {
    GroupRecord group = state.groups().get(uid);
    if (group == null) {
      throw new IllegalArgumentException("unknown group '" + uid + "'; known: " + state.groups().keySet());
    }
    return group;
  }

  private static UserRecord user(StateData state, long id) {
    UserRecord user = state.users().get(id);
    if (user == null) {
      throw new IllegalArgumentException("unknown user " + id + "; known: " + state.users().keySet());
    }
    return user;
  }

  @Override
  public String toString() {
    return store.apply(state -> "MockState{" + state.companies().size() + " companies, "
        + state.users().size() + " users, " + state.groups().size() + " groups, "
        + state.tokens().size() + " tokens}");
  }
}
