package io.kaitenkit.mock.internal.state;

/**
 * A group of a company. Its attributes are immutable (a change puts a new record in the state); its
 * member and admin sets are live and only touched while holding the {@link GuardedModel} lock.
 */
public final class GroupRecord {
  private final String uid;
  private final long id;
  private final String company;
  private final GroupAttributes attributes;
  private final MemberSet members;
  private final MemberSet admins;

  public GroupRecord(String uid, long id, String company, GroupAttributes attributes,
      Iterable<Long> members, Iterable<Long> admins) {
    this(uid, id, company, attributes, new MemberSet(members), new MemberSet(admins));
  }

  private GroupRecord(String uid, long id, String company, GroupAttributes attributes, MemberSet members,
      MemberSet admins) {
    this.uid = uid;
    this.id = id;
    this.company = company;
    this.attributes = attributes;
    this.members = members;
    this.admins = admins;
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

  public GroupAttributes attributes() {
    return attributes;
  }

  public String name() {
    return attributes.name();
  }

  public long permissions() {
    return attributes.permissions();
  }

  /** The live member ids, iterated in ascending order; callers hold the state lock. */
  public MemberSet members() {
    return members;
  }

  /** The live admin ids, iterated in ascending order; an admin need not be a member. */
  public MemberSet admins() {
    return admins;
  }

  /** This group with other attributes; members and admins stay the same live sets. */
  public GroupRecord with(GroupAttributes changed) {
    return new GroupRecord(uid, id, company, changed, members, admins);
  }

  /** Removes the user as member and admin. */
  void forget(long userId) {
    members.remove(userId);
    admins.remove(userId);
  }

  GroupRecord copy() {
    return new GroupRecord(uid, id, company, attributes, members.copy(), admins.copy());
  }
}
