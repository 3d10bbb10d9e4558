package io.kaitenkit.contract;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.ArrayList;
import java.util.List;

/** The (operation, status) pairs a contract documents, as {@code "removeUserFromGroup 404"}. */
final class Documented {
  private Documented() {}

  static List<String> pairs(KaitenApiSpec spec) {
    List<String> pairs = new ArrayList<>();
    for (ApiOperation operation : spec.operations()) {
      for (int status : operation.statuses()) {
        pairs.add(operation.id() + " " + status);
      }
    }
    return pairs;
  }
}
