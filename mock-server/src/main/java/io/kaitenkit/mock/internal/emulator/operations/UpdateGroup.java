package io.kaitenkit.mock.internal.emulator.operations;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.mock.internal.emulator.OperationChecks;
import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.emulator.OperationHandler;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.GroupAttributes;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.Timestamps;
import io.kaitenkit.mock.internal.state.UserRecord;

/**
 * {@code PATCH /company/groups/{uid}}: changes the attributes the body gives (none is required) and
 * {@code updated}; new permission bits count for the members at once.
 */
final class UpdateGroup implements OperationHandler {
  @Override
  public String operationId() {
    return "updateGroup";
  }

  @Override
  public Reply handle(KaitenModel state, UserRecord actor, ApiCall call) {
    if (!OperationChecks.groupsInTariff(state, actor)) {
      return Reply.tariffLimited();
    }
    if (!OperationChecks.mayManageGroups(state, actor)) {
      return Reply.empty(403);
    }
    GroupRecord group = OperationChecks.groupOf(state, actor, call.pathParam("uid"));
    if (group == null) {
      return Reply.empty(404);
    }
    JsonNode body = Bodies.object(call.body());
    GroupAttributes changed = group.attributes();
    if (body.hasNonNull("name")) {
      changed = changed.withName(body.get("name").asText());
    }
    if (body.hasNonNull("permissions")) {
      changed = changed.withPermissions(body.get("permissions").asLong());
    }
    if (body.hasNonNull("add_to_cards_and_spaces_enabled")) {
      changed = changed.withAddToCardsAndSpacesEnabled(body.get("add_to_cards_and_spaces_enabled").asBoolean());
    }
    GroupRecord updated = group.with(changed.updatedAt(Timestamps.now()));
    state.groups().put(updated.uid(), updated);
    return GroupReplies.group(updated);
  }
}
