package io.kaitenkit.mock.internal.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole emulated Kaiten: companies, users, groups and tokens. Built and validated by
 * {@link FixtureReader}, then owned by a {@link GuardedModel} which guards every access.
 */
public final class KaitenModel {
  private final Map<String, CompanyRecord> companies;
  private TreeMap<Long, UserRecord> users; // in id order, as the lists answer
  // The same users for look-ups by id, which every request makes: in a tree of 100,000 users each of
  // its 17 levels is a cache miss.
  private HashMap<Long, UserRecord> usersById;
  private boolean usersShared;
  private final Map<String, GroupRecord> groups;
  private final Map<String, Long> tokens;
  private long nextGroupId;
  private final AnswerCache answers = new AnswerCache();

  KaitenModel(Map<String, CompanyRecord> companies, Map<Long, UserRecord> users,
      Map<String, GroupRecord> groups, Map<String, Long> tokens) {
    this.companies = new LinkedHashMap<>(companies);
    this.users = new TreeMap<>(users);
    this.usersById = new HashMap<>(users);
    this.groups = new LinkedHashMap<>(groups);
    this.tokens = new LinkedHashMap<>(tokens);
    this.nextGroupId = groups.values().stream().mapToLong(GroupRecord::id).max().orElse(0) + 1;
  }

  private KaitenModel(KaitenModel original, Map<String, GroupRecord> groups) {
    this.companies = new LinkedHashMap<>(original.companies);
    this.users = original.users;
    this.usersById = original.usersById;
    this.usersShared = true;
    original.usersShared = true;
    this.groups = groups;
    this.tokens = new LinkedHashMap<>(original.tokens);
    this.nextGroupId = original.nextGroupId;
  }

  public Map<String, CompanyRecord> companies() {
    return companies;
  }

  /** The user with this id, or null. */
  public UserRecord user(long id) {
    return usersById.get(id);
  }

  /** The users by id, to read; see {@link #putUser} and {@link #removeUser} to change them. */
  public SortedMap<Long, UserRecord> users() {
    return Collections.unmodifiableSortedMap(users);
  }

  /** Adds the user, or replaces the one with the same id. */
  public void putUser(UserRecord user) {
    unshareUsers();
    users.put(user.id(), user);
    usersById.put(user.id(), user);
  }

  /** Removes the user with this id, if any. */
  public void removeUser(long id) {
    unshareUsers();
    users.remove(id);
    usersById.remove(id);
  }

  /**
   * A copy shares its users with its original until one of them changes them (users are immutable and
   * rarely change), so that a reset does not copy a hundred thousand of them.
   */
  private void unshareUsers() {
    if (usersShared) {
      users = new TreeMap<>(users);
      usersById = new HashMap<>(usersById);
      usersShared = false;
    }
  }

  /** The groups by uid, in the order they were added. */
  public Map<String, GroupRecord> groups() {
    return groups;
  }

  /** The company's group with this uid, or null: tenants never see each other's groups. */
  public GroupRecord group(String company, String uid) {
    GroupRecord group = uid == null ? null : groups.get(uid);
    return group != null && group.company().equals(company) ? group : null;
  }

  /** The company's groups in ascending id order. */
  public List<GroupRecord> groupsOf(String company) {
    List<GroupRecord> ofCompany = new ArrayList<>();
    for (GroupRecord group : groups.values()) {
      if (group.company().equals(company)) {
        ofCompany.add(group);
      }
    }
    ofCompany.sort(Comparator.comparingLong(GroupRecord::id));
    return ofCompany;
  }

  /** Takes the next group id of this state: one more than any id it has held. */
  public long takeGroupId() {
    return nextGroupId++;
  }

  /** Adds a group; its id must come from {@link #takeGroupId()} or be otherwise unused. */
  public void addGroup(GroupRecord group) {
    groups.put(group.uid(), group);
    nextGroupId = Math.max(nextGroupId, group.id() + 1);
  }

  /** The company of a user of this state. */
  public CompanyRecord companyOf(UserRecord user) {
    return companies.get(user.company());
  }

  public Map<String, Long> tokens() {
    return tokens;
  }

  /** Bodies built from this state as it is now; emptied before anything may change it. */
  public AnswerCache answers() {
    return answers;
  }

  /** A copy that shares nothing changeable with this state, so that a kept fixture is never changed. */
  public KaitenModel copy() {
    Map<String, GroupRecord> groupCopies = new LinkedHashMap<>();
    groups.forEach((uid, group) -> groupCopies.put(uid, group.copy()));
    return new KaitenModel(this, groupCopies);
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
