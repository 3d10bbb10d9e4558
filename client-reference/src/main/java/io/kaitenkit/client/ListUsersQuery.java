package io.kaitenkit.client;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The query parameters of {@code listUsers}; each one left null is not sent. The limit is checked here,
 * since Kaiten answers 400 above its documented maximum of 100.
 *
 * <pre>{@code ListUsersQuery.all().query("ada").limit(10)}</pre>
 *
 * @param query text the user's full name, email or username must contain
 * @param ids only these users, sent comma-separated; each at least 1
 * @param limit how many users at most, 1 to 100 (Kaiten's default is 100)
 * @param offset how many users to skip; at least 0
 * @param includeInactive whether deactivated users are listed too
 * @param type Kaiten's {@code type} filter, sent as given
 * @param accessTypePermissions Kaiten's {@code access_type_permissions} filter, sent as given
 * @param excludeDirectlyAddedMembersByEntityUid leave out users added directly to this entity
 */
public record ListUsersQuery(String query, List<Long> ids, Integer limit, Integer offset, Boolean includeInactive,
    String type, String accessTypePermissions, String excludeDirectlyAddedMembersByEntityUid) {
  /** The documented maximum of {@code limit}. */
  public static final int MAX_LIMIT = 100;

  public ListUsersQuery {
    Checks.paging(limit, offset, MAX_LIMIT);
    ids = ids == null ? null : Checks.ids(ids);
  }

  /** No parameters. */
  public static ListUsersQuery all() {
    return new ListUsersQuery(null, null, null, null, null, null, null, null);
  }

  /** The same, searching full names, emails and usernames for the text. */
  public ListUsersQuery query(String query) {
    return new ListUsersQuery(query, ids, limit, offset, includeInactive, type, accessTypePermissions,
        excludeDirectlyAddedMembersByEntityUid);
  }

  /** The same, for these users only. */
  public ListUsersQuery ids(long first, long... more) {
    List<Long> list = LongStream.concat(LongStream.of(first), Arrays.stream(more)).boxed().toList();
    return new ListUsersQuery(query, list, limit, offset, includeInactive, type, accessTypePermissions,
        excludeDirectlyAddedMembersByEntityUid);
  }

  /** The same with at most {@code limit} users, 1 to 100. */
  public ListUsersQuery limit(int limit) {
    return new ListUsersQuery(query, ids, limit, offset, includeInactive, type, accessTypePermissions,
        excludeDirectlyAddedMembersByEntityUid);
  }

  /** The same, skipping {@code offset} users. */
  public ListUsersQuery offset(int offset) {
    return new ListUsersQuery(query, ids, limit, offset, includeInactive, type, accessTypePermissions,
        excludeDirectlyAddedMembersByEntityUid);
  }

  /** The same, listing deactivated users too (or not). */
  public ListUsersQuery includeInactive(boolean includeInactive) {
    return new ListUsersQuery(query, ids, limit, offset, includeInactive, type, accessTypePermissions,
        excludeDirectlyAddedMembersByEntityUid);
  }

  /** The same with Kaiten's {@code type} filter. */
  public ListUsersQuery type(String type) {
    return new ListUsersQuery(query, ids, limit, offset, includeInactive, type, accessTypePermissions,
        excludeDirectlyAddedMembersByEntityUid);
  }

  /** The same with Kaiten's {@code access_type_permissions} filter. */
  public ListUsersQuery accessTypePermissions(String accessTypePermissions) {
    return new ListUsersQuery(query, ids, limit, offset, includeInactive, type, accessTypePermissions,
        excludeDirectlyAddedMembersByEntityUid);
  }

  /** The same, leaving out users added directly to the entity with this uid. */
  public ListUsersQuery excludeDirectlyAddedMembersByEntityUid(String entityUid) {
    return new ListUsersQuery(query, ids, limit, offset, includeInactive, type, accessTypePermissions, entityUid);
  }
}
