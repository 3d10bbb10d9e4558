package io.kaitenkit.client.internal;

import io.kaitenkit.client.GroupUpdate;
import io.kaitenkit.client.ListGroupsQuery;
import io.kaitenkit.client.ListUsersQuery;
import io.kaitenkit.client.NewGroup;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the HTTP requests of the thirteen operations; arguments are checked by the caller. */
public final class RequestFactory {
  private static final String REDACTED = "[redacted]";

  private final String base;
  private final String token;
  private final Duration timeout;

  /** Requests to {@code baseUri} (e.g. {@code https://acme.kaiten.ru/api/latest}) carrying {@code token}. */
  public RequestFactory(URI baseUri, String token, Duration timeout) {
    String text = baseUri.toASCIIString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.token = token;
    this.timeout = timeout;
  }

  public HttpRequest listGroups(ListGroupsQuery query) {
    QueryString q = new QueryString()
        .add("query", query.query())
        .add("limit", query.limit())
        .add("offset", query.offset())
        .add("condition", query.condition() == null ? null : query.condition().code())
        .add("with_users_count", query.withUsersCount())
        .add("with_tree_entities", query.withTreeEntities())
        .add("with_sync_group_attribute", query.withSyncGroupAttribute());
    return request("/company/groups" + q).GET().build();
  }

  public HttpRequest createGroup(NewGroup group) {
    return json("POST", "/company/groups", groupBody(group.name(), group.permissions(),
        group.addToCardsAndSpacesEnabled()));
  }

  public HttpRequest getGroup(String uid) {
    return request(group(uid)).GET().build();
  }

  public HttpRequest updateGroup(String uid, GroupUpdate update) {
    return json("PATCH", group(uid), groupBody(update.name(), update.permissions(),
        update.addToCardsAndSpacesEnabled()));
  }

  public HttpRequest removeGroup(String uid) {
    return request(group(uid)).DELETE().build();
  }

  /** GET {@code /groups/{group_uid}/users} or {@code /admins}. */
  public HttpRequest listMembers(String groupUid, String role) {
    return request(members(groupUid, role)).GET().build();
  }

  /** POST {@code {"user_id": <id>}} to {@code /groups/{group_uid}/users} or {@code /admins}. */
  public HttpRequest addMember(String groupUid, String role, long userId) {
    return json("POST", members(groupUid, role), "{\"user_id\":" + userId + "}");
  }

  /** DELETE {@code /groups/{group_uid}/users/{user_id}} or {@code /admins/{user_id}}. */
  public HttpRequest removeMember(String groupUid, String role, long userId) {
    return request(members(groupUid, role) + "/" + userId).DELETE().build();
  }

  public HttpRequest getCurrentUser() {
    return request("/users/current").GET().build();
  }

  public HttpRequest listUsers(ListUsersQuery query) {
    QueryString q = new QueryString()
        .add("query", query.query())
        .addList("ids", query.ids())
        .add("limit", query.limit())
        .add("offset", query.offset())
        .add("include_inactive", query.includeInactive())
        .add("type", query.type())
        .add("access_type_permissions", query.accessTypePermissions())
        .add("exclude_directly_added_members_by_entity_uid", query.excludeDirectlyAddedMembersByEntityUid());
    return request("/users" + q).GET().build();
  }

  /** The text with every occurrence of the token replaced, fit to keep in a result or a message. */
  public String redact(String text) {
    return text.replace(token, REDACTED);
  }

  private static String groupBody(String name, Integer permissions, Boolean addToCardsAndSpacesEnabled) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("permissions", permissions);
    body.put("add_to_cards_and_spaces_enabled", addToCardsAndSpacesEnabled);
    return Json.body(body);
  }

  private static String group(String uid) {
    return "/company/groups/" + PathSegment.encode(uid);
  }

  private static String members(String groupUid, String role) {
    return "/groups/" + PathSegment.encode(groupUid) + "/" + role;
  }

  private HttpRequest json(String method, String path, String body) {
    return request(path)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(timeout)
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }

  @Override
  public String toString() {
    return "RequestFactory{base=" + base + ", token=" + REDACTED + "}";
  }
}
