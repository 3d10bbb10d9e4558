package io.kaitenkit.mock.internal.state;

import io.kaitenkit.mock.internal.redaction.TokenRedaction;
import io.kaitenkit.mock.internal.messages.KnownIds;
import io.kaitenkit.mock.LiveState;
import io.kaitenkit.spec.BearerToken;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@link LiveState} over a {@link GuardedModel}: each method is one atomic step under the store's lock. */
public final class GuardedLiveState implements LiveState {
  private final GuardedModel store;
  private final FixtureReader reader;

  public GuardedLiveState(GuardedModel store, FixtureReader reader) {
    this.store = store;
    this.reader = reader;
  }

  @Override
  public String toJson() {
    return FixtureWriter.text(snapshot());
  }

  /**
   * The state as it is now, to write out without the lock: a copy shares the immutable users and
   * copies each group's member array, which is quick under the lock; writing is not.
   */
  public KaitenModel snapshot() {
    return store.apply(KaitenModel::copy);
  }

  @Override
  public void replace(String fixtureJson) {
    KaitenModel fresh = reader.read("state", fixtureJson); // validated before the swap
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
      sameCompany(user(state, userId), group);
      return group.members().add(userId);
    });
  }

  @Override
  public void removeMember(String groupUid, long userId) {
    store.apply(state -> group(state, groupUid).members().remove(userId));
  }

  @Override
  public boolean hasGroup(String groupUid) {
    return store.apply(state -> state.groups().containsKey(groupUid));
  }

  @Override
  public List<Long> admins(String groupUid) {
    return store.apply(state -> List.copyOf(group(state, groupUid).admins()));
  }

  @Override
  public boolean isAdmin(String groupUid, long userId) {
    return store.apply(state -> group(state, groupUid).admins().contains(userId));
  }

  @Override
  public void addAdmin(String groupUid, long userId) {
    store.apply(state -> {
      GroupRecord group = group(state, groupUid);
      sameCompany(user(state, userId), group);
      return group.admins().add(userId);
    });
  }

  @Override
  public void removeAdmin(String groupUid, long userId) {
    store.apply(state -> group(state, groupUid).admins().remove(userId));
  }

  @Override
  public long effectivePermissions(long userId) {
    return store.apply(state -> state.effectivePermissions(user(state, userId)));
  }

  @Override
  public void setActivated(long userId, boolean activated) {
    updateUser(userId, user -> user.withActivated(activated));
  }

  @Override
  public void setGroupsInTariff(String companyDomain, boolean included) {
    store.apply(state -> {
      CompanyRecord company = state.companies().get(companyDomain);
      if (company == null) {
        throw new IllegalArgumentException("unknown company '" + companyDomain + "'; known: "
            + KnownIds.list(state.companies().keySet()));
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
    if (!BearerToken.isWellFormed(token)) {
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

  /**
   * Makes sure the group exists: when missing, it is created in the company with the name (the uid
   * when null); when present, it is renamed if a name is given.
   */
  public void ensureGroup(String groupUid, String companyDomain, String name) {
    if (name != null && (name.isBlank() || name.length() > TenantFixtures.NAME_MAX)) {
      throw new IllegalArgumentException("a group name has 1 to " + TenantFixtures.NAME_MAX
          + " characters, got " + name.length());
    }
    store.apply(state -> {
      GroupRecord group = state.groups().get(groupUid);
      String now = Timestamps.now();
      if (group != null) {
        if (name != null) {
          state.groups().put(groupUid, group.with(group.attributes().withName(name).updatedAt(now)));
        }
        return null;
      }
      if (!state.companies().containsKey(companyDomain)) {
        throw new IllegalArgumentException("unknown company '" + companyDomain + "'; known: "
            + KnownIds.list(state.companies().keySet()));
      }
      state.addGroup(new GroupRecord(groupUid, state.takeGroupId(), companyDomain,
          new GroupAttributes(name == null ? groupUid : name, 0, false, now, now), List.of(), List.of()));
      return null;
    });
  }

  /** Removes a user with their memberships, group administrations and tokens. */
  public void removeUser(long userId) {
    store.apply(state -> {
      state.removeUser(userId);
      state.groups().values().forEach(group -> group.forget(userId));
      return state.tokens().values().removeIf(id -> id == userId);
    });
  }

  /** Takes every right over the group from the user: company admin, permission bits, group admin. */
  public void revokeRights(long userId, String groupUid) {
    store.apply(state -> {
      UserRecord user = user(state, userId);
      state.putUser(user.withCompanyAdmin(false).withPermissions(0));
      GroupRecord group = state.groups().get(groupUid);
      if (group != null) {
        group.admins().remove(userId);
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

  /**
   * Takes from the token's user what lets them manage groups: company admin, their own bit 1, and
   * membership of groups that grant bit 1. Group administrations stay.
   */
  public void revokeGroupManagement(String token) {
    store.apply(state -> {
      Long userId = state.tokens().get(token);
      if (userId == null) {
        throw new IllegalArgumentException("unknown token " + TokenRedaction.redact(token));
      }
      UserRecord user = user(state, userId);
      state.putUser(user.withCompanyAdmin(false).withPermissions(user.permissions() & ~UserRecord.MEMBERS_ADMIN));
      state.groups().values().forEach(g -> {
        if ((g.permissions() & UserRecord.MEMBERS_ADMIN) != 0) {
          g.members().remove(userId);
        }
      });
      return null;
    });
  }

  /** The user a token acts as; refuses an unknown token without showing it. */
  public long userOfKnownToken(String token) {
    Long userId = userOfToken(token);
    if (userId == null) {
      throw new IllegalArgumentException("unknown token " + TokenRedaction.redact(token));
    }
    return userId;
  }

  /** The store behind this access, for the emulator. */
  public GuardedModel store() {
    return store;
  }

  /** Swaps in a state that was read and validated elsewhere. */
  public void replace(KaitenModel fresh) {
    store.replace(fresh);
  }

  /** The user a token acts as, or null. */
  public Long userOfToken(String token) {
    return store.apply(state -> state.tokens().get(token));
  }

  private void updateUser(long userId, Function<UserRecord, UserRecord> change) {
    store.apply(state -> {
      state.putUser(change.apply(user(state, userId)));
      return null;
    });
  }

  private static void sameCompany(UserRecord user, GroupRecord group) {
    if (!user.company().equals(group.company())) {
      throw new IllegalArgumentException("user " + user.id() + " belongs to company '" + user.company()
          + "', group '" + group.uid() + "' to company '" + group.company() + "'");
    }
  }

  private static GroupRecord group(KaitenModel state, String uid) {
    GroupRecord group = state.groups().get(uid);
    if (group == null) {
      throw new IllegalArgumentException("unknown group '" + uid + "'; known: " + KnownIds.list(state.groups().keySet()));
    }
    return group;
  }

  private static UserRecord user(KaitenModel state, long id) {
    UserRecord user = state.user(id);
    if (user == null) {
      throw new IllegalArgumentException("unknown user " + id + "; known: " + KnownIds.list(state.users().keySet()));
    }
    return user;
  }

  @Override
  public String toString() {
    return store.apply(state -> "LiveState{" + state.companies().size() + " companies, "
        + state.users().size() + " users, " + state.groups().size() + " groups, "
        + state.tokens().size() + " tokens}");
  }
}
