package io.kaitenkit.mock.internal.emulator.operations;

import io.kaitenkit.mock.internal.emulator.OperationChecks;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.AnswerCache;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /company/groups}: the company's groups by id, filtered by {@code query} (name, any case)
 * and paged by {@code offset} and {@code limit} (default 100). The mock's groups are all active, so
 * {@code condition=2} lists none.
 */
final class ListGroups implements OperationHandler {
  static final int DEFAULT_LIMIT = 100;

  @Override
  public String operationId() {
    return "listGroups";
  }

  @Override
  public Reply handle(KaitenModel state, UserRecord actor, ApiCall call) {
    if (!OperationChecks.mayManageGroups(state, actor)) {
      return Reply.empty(403);
    }
    AnswerCache.Key key = new AnswerCache.Key(operationId(), actor.company() + "?" + call.query());
    return Reply.json(200, state.answers().body(key, () -> GroupReplies.groupsJson(found(state, actor, call))));
  }

  private static List<GroupRecord> found(KaitenModel state, UserRecord actor, ApiCall call) {
    QueryParams query = new QueryParams(call.query());
    if ("2".equals(query.text("condition"))) {
      return List.of();
    }
    String search = query.text("query");
    String needle = search == null ? "" : search.toLowerCase(Locale.ROOT);
    return state.groupsOf(actor.company()).stream()
        .filter(group -> group.name().toLowerCase(Locale.ROOT).contains(needle))
        .skip(query.number("offset", 0))
        .limit(query.number("limit", DEFAULT_LIMIT))
        .toList();
  }
}
