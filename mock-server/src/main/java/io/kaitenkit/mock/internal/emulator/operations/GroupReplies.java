package io.kaitenkit.mock.internal.emulator.operations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.GroupJson;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.UserShapes;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/** Answers made of groups. */
final class GroupReplies {
  private GroupReplies() {}

  static Reply group(GroupRecord group) {
    return Reply.json(200, groupJson(group));
  }

  static Buffer groupJson(GroupRecord group) {
    return UserShapes.write(GroupJson.of(group));
  }

  static Reply groups(List<GroupRecord> groups) {
    return Reply.json(200, groupsJson(groups));
  }

  static Buffer groupsJson(List<GroupRecord> groups) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    groups.forEach(group -> array.add(GroupJson.of(group)));
    return UserShapes.write(array);
  }
}
