package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A group as Kaiten's {@code Group}, in the documented attribute order. */
public final class GroupJson {
  private GroupJson() {}

  public static ObjectNode of(GroupRecord group) {
    GroupAttributes attributes = group.attributes();
    return JsonNodeFactory.instance.objectNode()
        .put("name", attributes.name())
        .put("permissions", attributes.permissions())
        .put("updated", attributes.updated())
        .put("created", attributes.created())
        .put("id", group.id())
        .put("uid", group.uid())
        .put("add_to_cards_and_spaces_enabled", attributes.addToCardsAndSpacesEnabled());
  }
}
