package io.kaitenkit.mock.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.spec.KaitenApiSpec;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Kaiten users as an upstream answers them: the contract's example, as sent or deliberately changed. */
final class Users {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String EXAMPLE =
      KaitenApiSpec.bundled().operation("removeUserFromGroup").response(200).example();

  private static final String LIST_EXAMPLE =
      KaitenApiSpec.bundled().operation("listGroupUsers").response(200).example();

  private Users() {}

  /** The contract's example list of a group's members ({@code UserExtended}), as documented. */
  static String conformingList() {
    return LIST_EXAMPLE;
  }

  /** The contract's example user, exactly as the contract documents it. */
  static String conforming() {
    return EXAMPLE;
  }

  /** The example user changed by the given edit, e.g. {@code user -> user.remove("email")}. */
  static String changed(Consumer<ObjectNode> edit) {
    try {
      ObjectNode user = (ObjectNode) MAPPER.readTree(EXAMPLE);
      edit.accept(user);
      return MAPPER.writeValueAsString(user);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
