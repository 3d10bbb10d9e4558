package io.kaitenkit.mock.internal.emulator.operations;

import io.kaitenkit.mock.internal.emulator.OperationHandler;
import java.util.List;

/** Every operation the emulator answers from its state; an operation of the contract not listed answers its documented 2xx example. */
public final class Operations {
  private Operations() {}

  public static List<OperationHandler> all() {
    return List.of(
        new ListGroups(),
        new CreateGroup(),
        new GetGroup(),
        new UpdateGroup(),
        new RemoveGroup(),
        new ListGroupUsers(),
        new AddUserToGroup(),
        new RemoveUserFromGroup(),
        new ListGroupAdmins(),
        new AddAdminToGroup(),
        new RemoveAdminFromGroup(),
        new GetCurrentUser(),
        new ListUsers());
  }
}
