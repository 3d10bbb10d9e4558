package io.kaitenkit.mock.internal.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole emulated Kaiten: companies, users, groups and tokens. Built and validated by
 * {@link FixtureReader}, then owned by a {@link StateStore} which guards every access.
 */
public final class StateData {
  private final Map<String, CompanyRecord> companies;
  private final TreeMap<Long, UserRecord> users;
  private final Map<String, GroupRecord> groups;
  private final Map<String, Long> tokens;

  StateData(Map<String, CompanyRecord> companies, Map<Long, UserRecord> users,
      Map<String, GroupRecord> groups, Map<String, Long> tokens) {
    this.companies = new LinkedHashMap<>(companies);
    this.users = new TreeMap<>(users);
    this.groups = new LinkedHashMap<>(groups);
    this.tokens = new LinkedHashMap<>(tokens);
  }

  public Map<String, CompanyRecord> companies() {
    return companies;
  }

  public TreeMap<Long, UserRecord> users() {
    return users;
  }

  public Map<String, GroupRecord> groups() {
    return groups;
  }

  public Map<String, Long> tokens() {
    return tokens;
  }

  /** A deep copy, so that a kept fixture is never changed by the requests served from it. */
  public StateData copy() {
    Map<String, GroupRecord> groupCopies = new LinkedHashMap<>();
    groups.forEach((uid, group) -> groupCopies.put(uid, group.copy()));
    return new StateData(companies, users, groupCopies, tokens);
  }

  /**
   * The user's permission bits: their own, OR-ed with the bits of every group of their company they
   * are a member of.
   */
  public long effectivePermissions(UserRecord user) {
    long bits = user.permissions();
    for (GroupRecord group : groups.values()) {
      if (group.permissions() != 0 && group.company().equals(user.company())
          && group.members().contains(user.id())) {
        bits |= group.permissions();
      }
    }
    return bits;
  }
}
