package io.kaitenkit.contract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
// snippet:start validate
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import java.util.List;
// snippet:end

/** Runs the example of docs/contract.md. */
class ContractExampleTest {
  @Test
  void aUserWithoutEmailBreaksTheContract() throws Exception {
    String body = withoutEmail(KaitenApiSpec.bundled().operation("removeUserFromGroup").success().example());

    // snippet:start validate
    KaitenApiSpec spec = KaitenApiSpec.bundled();
    List<Violation> violations = spec.validateResponse("removeUserFromGroup",
        ApiResponse.of(200).withHeader("Content-Type", "application/json").withBody(body));
    // [body: Field 'email' is required.]
    // snippet:end

    assertThat(violations).hasToString("[body: Field 'email' is required.]");
  }

  @Test
  void theDocumentedExampleConforms() {
    String body = KaitenApiSpec.bundled().operation("removeUserFromGroup").success().example();

    assertThat(KaitenApiSpec.bundled().validateResponse("removeUserFromGroup",
        ApiResponse.of(200).withHeader("Content-Type", "application/json").withBody(body))).isEmpty();
  }

  private static String withoutEmail(String user) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode node = (ObjectNode) json.readTree(user);
    assertThat(node.remove("email")).as("the example's email").isNotNull();
    return json.writeValueAsString(node);
  }
}
