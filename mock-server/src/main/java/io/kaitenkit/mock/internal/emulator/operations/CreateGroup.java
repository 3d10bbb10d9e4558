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
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /company/groups}: a new group of the actor's company with the next id of the state and a
 * random UUID as uid, answered with 200 (as Kaiten documents, not 201). Its 404 is documented without
 * saying when: only {@code Prefer: code=404} gives it.
 */
final class CreateGroup implements OperationHandler {
  @Override
  public String operationId() {
    return "createGroup";
  }

  @Override
  public Reply handle(KaitenModel state, UserRecord actor, ApiCall call) {
    if (!OperationChecks.groupsInTariff(state, actor)) {
      return Reply.tariffLimited();
    }
    if (!OperationChecks.mayManageGroups(state, actor)) {
      return Reply.empty(403);
    }
    JsonNode body = Bodies.object(call.body());
    String now = Timestamps.now();
    GroupAttributes attributes = new GroupAttributes(body.path("name").asText(),
        body.path("permissions").asLong(0), body.path("add_to_cards_and_spaces_enabled").asBoolean(false), now, now);
    GroupRecord group = new GroupRecord(UUID.randomUUID().toString(), state.takeGroupId(), actor.company(),
        attributes, List.of(), List.of());
    state.addGroup(group);
    return GroupReplies.group(group);
  }
}
