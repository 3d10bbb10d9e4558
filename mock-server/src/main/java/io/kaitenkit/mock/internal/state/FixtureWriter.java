package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a {@link StateData} in the fixture format, so that the output reads back unchanged. */
public final class FixtureWriter {
  private FixtureWriter() {}

  /** The state as a fixture; the caller holds the state lock. */
  public static ObjectNode write(StateData data) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    ArrayNode companies = root.putArray("companies");
    data.companies().values().forEach(company -> {
      ObjectNode node = companies.addObject().put("domain", company.domain());
      node.putObject("tariff").put("groups", company.groupsInTariff());
    });
    ArrayNode users = root.putArray("users");
    data.users().values().forEach(user -> {
      ObjectNode node = users.addObject();
      node.put("id", user.id());
      node.put("company", user.company());
      node.put("company_admin", user.companyAdmin());
      node.put("permissions", user.permissions());
      user.profile().fields().forEachRemaining(field -> node.set(field.getKey(), field.getValue()));
    });
    ArrayNode groups = root.putArray("groups");
    data.groups().values().forEach(group -> {
      ObjectNode node = groups.addObject()
          .put("uid", group.uid())
          .put("id", group.id())
          .put("company", group.company())
          .put("name", group.name())
          .put("permissions", group.permissions());
      ArrayNode members = node.putArray("users");
      group.members().forEach(members::add);
      ArrayNode admins = node.putArray("admins");
      group.admins().stream().sorted().forEach(admins::add);
    });
    ObjectNode tokens = root.putObject("tokens");
    data.tokens().forEach(tokens::put);
    return root;
  }
}
