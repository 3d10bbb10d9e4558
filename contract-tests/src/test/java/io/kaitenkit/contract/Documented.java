package io.kaitenkit.contract;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The (operation, status) pairs a contract documents, as {@code "removeUserFromGroup 404"}. */
final class Documented {
  /**
   * The operations the emulator answers from state, and that the conformance suite, the pacts, the client
   * check and the drift report cover. The contract documents more operations; the mock answers those with
   * their documented examples until it emulates them, and each joins this set with its scenarios.
   */
  static final Set<String> EMULATED = Set.of("listGroupUsers", "addUserToGroup", "removeUserFromGroup");

  private Documented() {}

  /** The documented pairs of the {@link #EMULATED} operations, in the contract's order. */
  static List<String> pairs(KaitenApiSpec spec) {
    List<String> pairs = new ArrayList<>();
    for (ApiOperation operation : operations(spec)) {
      for (int status : operation.statuses()) {
        pairs.add(operation.id() + " " + status);
      }
    }
    return pairs;
  }

  /** The contract's {@link #EMULATED} operations, in its order. */
  static List<ApiOperation> operations(KaitenApiSpec spec) {
    return spec.operations().stream().filter(operation -> EMULATED.contains(operation.id())).toList();
  }
}
