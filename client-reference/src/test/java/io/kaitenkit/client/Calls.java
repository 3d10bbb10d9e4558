package io.kaitenkit.client;

import java.io.IOException;
import java.util.List;

/** One typical call of each operation, by operation id, for tests that treat all thirteen alike. */
final class Calls {
  static final List<String> OPERATIONS = List.of("listGroups", "createGroup", "getGroup", "updateGroup",
      "removeGroup", "listGroupUsers", "addUserToGroup", "removeUserFromGroup", "listGroupAdmins",
      "addAdminToGroup", "removeAdminFromGroup", "getCurrentUser", "listUsers");

  private Calls() {}

  static KaitenResult<?> call(KaitenClient client, String operation) throws IOException, InterruptedException {
    return switch (operation) {
      case "listGroups" -> client.listGroups();
      case "createGroup" -> client.createGroup(NewGroup.named("Developers"));
      case "getGroup" -> client.getGroup("developers");
      case "updateGroup" -> client.updateGroup("developers", GroupUpdate.none().withName("Devs"));
      case "removeGroup" -> client.removeGroup("developers");
      case "listGroupUsers" -> client.listGroupUsers("developers");
      case "addUserToGroup" -> client.addUserToGroup("developers", 42);
      case "removeUserFromGroup" -> client.removeUserFromGroup("developers", 42);
      case "listGroupAdmins" -> client.listGroupAdmins("developers");
      case "addAdminToGroup" -> client.addAdminToGroup("developers", 42);
      case "removeAdminFromGroup" -> client.removeAdminFromGroup("developers", 42);
      case "getCurrentUser" -> client.getCurrentUser();
      case "listUsers" -> client.listUsers();
      default -> throw new IllegalArgumentException("no call for " + operation);
    };
  }

  static String method(String operation) {
    return switch (operation) {
      case "createGroup", "addUserToGroup", "addAdminToGroup" -> "POST";
      case "updateGroup" -> "PATCH";
      case "removeGroup", "removeUserFromGroup", "removeAdminFromGroup" -> "DELETE";
      default -> "GET";
    };
  }
}
