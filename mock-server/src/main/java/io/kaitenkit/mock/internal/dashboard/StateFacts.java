package io.kaitenkit.mock.internal.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;

/**
 * The few fields of the state {@link DemoFacts} reads, in the fixture's format: the fixture itself,
 * with every profile attribute, takes tens of megabytes for a state of tens of thousands of users, and
 * several times that once parsed.
 */
final class StateFacts {
  private StateFacts() {}

  /** Read from a snapshot that nothing changes meanwhile ({@link KaitenModel#copy()}). */
  static ObjectNode of(KaitenModel snapshot) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    ArrayNode companies = root.putArray("companies");
    snapshot.companies().values().forEach(company -> companies.addObject().put("domain", company.domain())
        .putObject("tariff").put("groups", company.groupsInTariff()));
    ArrayNode users = root.putArray("users");
    for (UserRecord user : snapshot.users().values()) {
      users.addObject().put("id", user.id()).put("company", user.company()).put("company_admin", user.companyAdmin())
          .put("permissions", user.permissions()).put("activated", user.activated());
    }
    ArrayNode groups = root.putArray("groups");
    for (GroupRecord group : snapshot.groups().values()) {
      ObjectNode node = groups.addObject().put("uid", group.uid()).put("company", group.company())
          .put("permissions", group.permissions());
      ArrayNode members = node.putArray("users");
      for (long id : group.members().sorted()) {
        members.add(id);
      }
      ArrayNode admins = node.putArray("admins");
      for (long id : group.admins().sorted()) {
        admins.add(id);
      }
    }
    ObjectNode tokens = root.putObject("tokens");
    snapshot.tokens().forEach(tokens::put);
    return root;
  }
}
