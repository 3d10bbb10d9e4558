package io.kaitenkit.mock.internal.state;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A group of a company. Its member set is the one mutable part of the state; it is only touched while
 * holding the {@link StateStore} lock.
 */
public final class GroupRecord {
  private final String uid;
  private final long id;
  private final String company;
  private final String name;
  private final long permissions;
  private final MemberSet members;
  private final Set<Long> admins;

  public GroupRecord(String uid, long id, String company, String name, long permissions,
      Collection<Long> members, Set<Long> admins) {
    this(uid, id, company, name, permissions, new MemberSet(members), admins);
  }

  private GroupRecord(String uid, long id, String company, String name, long permissions,
      MemberSet members, Set<Long> admins) {
    this.uid = uid;
    this.id = id;
    this.company = company;
    this.name = name;
    this.permissions = permissions;
    this.members = members;
    this.admins = Set.copyOf(admins);
  }

  public String uid() {
    return uid;
  }

  public long id() {
    return id;
  }

  public String company() {
    return company;
  }

  public String name() {
    return name;
  }

  public long permissions() {
    return permissions;
  }

  /** The live member ids, iterated in ascending order; callers hold the state lock. */
  public MemberSet members() {
    return members;
  }

  public Set<Long> admins() {
    return admins;
  }

  /** This group without the user as member or admin. */
  GroupRecord without(long userId) {
    GroupRecord copy = withoutAdmin(userId);
    copy.members.remove(userId);
    return copy;
  }

  /** This group without the user as admin; members are copied. */
  GroupRecord withoutAdmin(long userId) {
    Set<Long> fewer = new HashSet<>(admins);
    fewer.remove(userId);
    return new GroupRecord(uid, id, company, name, permissions, members.copy(), fewer);
  }

  GroupRecord copy() {
    return new GroupRecord(uid, id, company, name, permissions, members.copy(), admins);
  }
}
