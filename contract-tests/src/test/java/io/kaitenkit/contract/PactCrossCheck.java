package io.kaitenkit.contract;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bi-directional check: every interaction a consumer recorded is held against the contract. Its request
 * must be one the contract accepts, its status one the contract documents, its response one the contract
 * allows, and every field it expects one the contract defines.
 */
final class PactCrossCheck {
  private PactCrossCheck() {}

  /**
   * The verdict on one interaction.
   *
   * @param operationId the contract's operation, or {@code METHOD path} when none matches
   * @param problems what departs from the contract, each naming the part and field; empty when it conforms
   */
  record Verdict(PactInteraction interaction, String operationId, List<String> problems) {
    Verdict {
      problems = List.copyOf(problems);
    }

    boolean conforms() {
      return problems.isEmpty();
    }

    /** {@code interaction "…" (file.json), removeUserFromGroup 200: response body.email: …; …} */
    String message() {
      return interaction.name() + ", " + operationId + " " + interaction.status() + ": "
          + String.join("; ", problems);
    }
  }

  static List<Verdict> check(KaitenApiSpec spec, List<PactInteraction> interactions) {
    ContractFields fields = ContractFields.of(spec);
    return interactions.stream().map(interaction -> check(spec, fields, interaction)).toList();
  }

  static Verdict check(KaitenApiSpec spec, ContractFields fields, PactInteraction interaction) {
    Optional<ApiOperation> operation = interaction.operation(spec);
    if (operation.isEmpty()) {
      return new Verdict(interaction, interaction.operationId(spec), List.of("request: no operation of the "
          + "contract is " + interaction.method() + " " + interaction.path()));
    }
    String id = operation.get().id();
    List<String> problems = new ArrayList<>();
    for (Violation violation : spec.validateRequest(id, interaction.request())) {
      problems.add("request " + violation);
    }
    for (String field : fields.unknownRequestFields(id, interaction.requestBody())) {
      problems.add("request " + field + ": the consumer sends a field that the contract does not define");
    }
    for (Violation violation : spec.validateResponse(id, interaction.response())) {
      problems.add("response " + violation);
    }
    for (String field : fields.unknownResponseFields(id, interaction.status(), interaction.responseBody())) {
      problems.add("response " + field + ": the consumer expects a field that the contract does not define");
    }
    return new Verdict(interaction, id, problems);
  }

  /** The messages of the verdicts that found something, one line each. */
  static List<String> failures(List<Verdict> verdicts) {
    return verdicts.stream().filter(verdict -> !verdict.conforms()).map(Verdict::message).toList();
  }
}
