package io.kaitenkit.mock.internal.emulator.operations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kaitenkit.mock.internal.emulator.OperationChecks;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.AnswerCache;
import io.kaitenkit.mock.internal.state.CompanyRecord;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.MemberSet;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;
import io.kaitenkit.mock.internal.state.UserShapes;
import io.vertx.core.buffer.Buffer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /users}: the company's users in ascending id order, filtered by {@code query} (full name,
 * email or username, any case) and {@code ids}, inactive ones only with {@code include_inactive=true},
 * paged by {@code offset} and {@code limit} (default and maximum 100). Without the "Members" section
 * (company admin or bit 1) a user sees only those who share a group with them, and themselves.
 */
final class ListUsers implements OperationHandler {
  static final int MAX_LIMIT = 100;

  @Override
  public String operationId() {
    return "listUsers";
  }

  @Override
  public Reply handle(KaitenModel state, UserRecord actor, ApiCall call) {
    if (!actor.activated()) {
      return Reply.empty(403);
    }
    QueryParams query = new QueryParams(call.query());
    int limit = query.number("limit", MAX_LIMIT);
    if (limit > MAX_LIMIT) {
      return Reply.message(400, "Invalid request: query parameter 'limit' must be at most " + MAX_LIMIT
          + ", got " + limit);
    }
    Set<Long> ids = ids(query.text("ids"));
    if (ids == INVALID) {
      return Reply.message(400, "Invalid request: query parameter 'ids' must be comma-separated user ids, got '"
          + query.text("ids") + "'");
    }
    AnswerCache.Key key = new AnswerCache.Key(operationId(), actor.id() + "?" + call.query());
    return Reply.json(200, state.answers().body(key, () -> rows(state, actor, query, limit, ids)));
  }

  private static Buffer rows(KaitenModel state, UserRecord actor, QueryParams query, int limit, Set<Long> ids) {
    String search = query.text("query");
    String needle = search == null ? null : search.toLowerCase(Locale.ROOT);
    boolean includeInactive = query.flag("include_inactive");
    Set<Long> visible = OperationChecks.mayManageGroups(state, actor) ? null : sharingAGroup(state, actor);
    CompanyRecord company = state.companyOf(actor);
    int skip = query.number("offset", 0);
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    for (UserRecord user : state.users().values()) {
      if (rows.size() == limit) {
        break;
      }
      boolean wanted = user.company().equals(actor.company())
          && (includeInactive || user.activated())
          && (visible == null || visible.contains(user.id()))
          && (ids == null || ids.contains(user.id()))
          && (needle == null || user.searchKey().contains(needle));
      if (wanted && skip-- <= 0) {
        rows.add(UserShapes.listRow(user, company, state.effectivePermissions(user)));
      }
    }
    return UserShapes.write(rows);
  }

  private static final Set<Long> INVALID = Set.of(-1L);

  /** The ids asked for, null when none are, {@link #INVALID} when the list is not ids. */
  private static Set<Long> ids(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Set<Long> ids = new HashSet<>();
    for (String id : text.split(",")) {
      try {
        ids.add(Long.parseLong(id.trim()));
      } catch (NumberFormatException e) {
        return INVALID;
      }
    }
    return ids;
  }

  /** The actor and every member of a group the actor is a member of. */
  private static Set<Long> sharingAGroup(KaitenModel state, UserRecord actor) {
    Set<Long> visible = new HashSet<>(List.of(actor.id()));
    for (GroupRecord group : state.groupsOf(actor.company())) {
      MemberSet members = group.members();
      if (members.contains(actor.id())) {
        visible.addAll(members);
      }
    }
    return visible;
  }
}
