package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a {@link KaitenModel} in the fixture format, so that the output reads back unchanged. */
public final class FixtureWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FixtureWriter() {}

  /** The state as a fixture; the caller holds the state lock. */
  public static ObjectNode write(KaitenModel data) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    ArrayNode companies = root.putArray("companies");
    data.companies().values().forEach(company -> {
      ObjectNode node = companies.addObject().put("domain", company.domain()).put("id", company.id());
      node.putObject("tariff").put("groups", company.groupsInTariff());
    });
    ArrayNode users = root.putArray("users");
    data.users().values().forEach(user -> users.add(user(user)));
    ArrayNode groups = root.putArray("groups");
    data.groups().values().forEach(group -> {
      GroupAttributes attributes = group.attributes();
      ObjectNode node = groups.addObject()
          .put("uid", group.uid())
          .put("id", group.id())
          .put("company", group.company())
          .put("name", attributes.name())
          .put("permissions", attributes.permissions())
          .put("add_to_cards_and_spaces_enabled", attributes.addToCardsAndSpacesEnabled())
          .put("created", attributes.created())
          .put("updated", attributes.updated());
      ArrayNode members = node.putArray("users");
      group.members().forEach(members::add);
      ArrayNode admins = node.putArray("admins");
      group.admins().forEach(admins::add);
    });
    ObjectNode tokens = root.putObject("tokens");
    data.tokens().forEach(tokens::put);
    return root;
  }

  private static ObjectNode user(UserRecord user) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", user.id());
    node.put("company", user.company());
    node.put("company_admin", user.companyAdmin());
    node.put("permissions", user.permissions());
    user.profile().properties().forEach(field -> node.set(field.getKey(), field.getValue()));
    if (user.extendedTail() != UserProfiles.DEFAULT_EXTENDED_TAIL) {
      extended(user).properties().forEach(field -> node.set(field.getKey(), field.getValue()));
    }
    if (user.account() != null) {
      user.account().properties().forEach(field -> node.set(field.getKey(), field.getValue()));
    }
    return node;
  }

  private static JsonNode extended(UserRecord user) {
    String tail = user.extendedTail().toString();
    try {
      return MAPPER.readTree("{" + tail.substring(1));
    } catch (IOException e) {
      throw new UncheckedIOException("a user's extended attributes are not JSON", e);
    }
  }
}
