package io.kaitenkit.client;

/**
 * The query parameters of {@code listGroups}; each one left null is not sent. Kaiten pages the list when a
 * limit or an offset is given (and tree entities are not asked for).
 *
 * <pre>{@code ListGroupsQuery.all().query("dev").limit(20).offset(40)}</pre>
 *
 * @param query text the group's name must contain
 * @param limit how many groups at most (Kaiten's default is 100); at least 1
 * @param offset how many groups to skip; at least 0
 * @param condition active or inactive groups only
 * @param withUsersCount whether each group should carry its number of users
 * @param withTreeEntities whether each group should carry its tree entities
 * @param withSyncGroupAttribute whether each group should carry its sync attribute
 */
public record ListGroupsQuery(String query, Integer limit, Integer offset, Condition condition,
    Boolean withUsersCount, Boolean withTreeEntities, Boolean withSyncGroupAttribute) {

  /** Kaiten's {@code condition}: 1 active, 2 inactive. */
  public enum Condition {
    ACTIVE(1),
    INACTIVE(2);

    private final int code;

    Condition(int code) {
      this.code = code;
    }

    /** The value sent, 1 or 2. */
    public int code() {
      return code;
    }
  }

  public ListGroupsQuery {
    Checks.paging(limit, offset, Integer.MAX_VALUE);
  }

  /** No parameters: the first page as Kaiten chooses it. */
  public static ListGroupsQuery all() {
    return new ListGroupsQuery(null, null, null, null, null, null, null);
  }

  /** The same, searching names for the text. */
  public ListGroupsQuery query(String query) {
    return new ListGroupsQuery(query, limit, offset, condition, withUsersCount, withTreeEntities,
        withSyncGroupAttribute);
  }

  /** The same with at most {@code limit} groups. */
  public ListGroupsQuery limit(int limit) {
    return new ListGroupsQuery(query, limit, offset, condition, withUsersCount, withTreeEntities,
        withSyncGroupAttribute);
  }

  /** The same, skipping {@code offset} groups. */
  public ListGroupsQuery offset(int offset) {
    return new ListGroupsQuery(query, limit, offset, condition, withUsersCount, withTreeEntities,
        withSyncGroupAttribute);
  }

  /** The same, for active or inactive groups only. */
  public ListGroupsQuery condition(Condition condition) {
    return new ListGroupsQuery(query, limit, offset, condition, withUsersCount, withTreeEntities,
        withSyncGroupAttribute);
  }

  /** The same, asking for each group's number of users. */
  public ListGroupsQuery withUsersCount(boolean withUsersCount) {
    return new ListGroupsQuery(query, limit, offset, condition, withUsersCount, withTreeEntities,
        withSyncGroupAttribute);
  }

  /** The same, asking for each group's tree entities. */
  public ListGroupsQuery withTreeEntities(boolean withTreeEntities) {
    return new ListGroupsQuery(query, limit, offset, condition, withUsersCount, withTreeEntities,
        withSyncGroupAttribute);
  }

  /** The same, asking for each group's sync attribute. */
  public ListGroupsQuery withSyncGroupAttribute(boolean withSyncGroupAttribute) {
    return new ListGroupsQuery(query, limit, offset, condition, withUsersCount, withTreeEntities,
        withSyncGroupAttribute);
  }
}
