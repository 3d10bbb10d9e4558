package io.kaitenkit.contract;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.ArrayList;
import java.util.List;

/** The (operation, status) pairs a contract documents, as {@code "removeUserFromGroup 404"}. */
final class Documented {
  private Documented() {}

  /**
   * The documented pairs of every operation, in the contract's order: the conformance suite, the pacts, the
   * client check and the drift report each cover all of them.
   */
  static List<String> pairs(KaitenApiSpec spec) {
    List<String> pairs = new ArrayList<>();
    for (ApiOperation operation : operations(spec)) {
      for (int status : operation.statuses()) {
        pairs.add(operation.id() + " " + status);
      }
    }
    return pairs;
  }

  /** The contract's operations, in its order; the mock emulates each from its state. */
  static List<ApiOperation> operations(KaitenApiSpec spec) {
    return spec.operations();
  }
}
