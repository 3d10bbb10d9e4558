package io.kaitenkit.spec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.ApiRequest;
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The bundled contract builds an operation's validators on first use; a contract loaded with its
 * document checked builds them all at once. Both must judge every request and response alike.
 */
class ValidatorsOnFirstUseTest {
  private static final URL BUNDLED = ValidatorsOnFirstUseTest.class.getClassLoader()
      .getResource(KaitenApiSpec.BUNDLED_RESOURCE);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyOperationAndSchemaIsJudgedAsWhenAllValidatorsAreBuiltAtTheStart() throws Exception {
    List<String> eager = verdicts(ContractLoader.load(BUNDLED, true));
    List<String> lazy = verdicts(ContractLoader.load(BUNDLED, false));

    assertThat(lazy).isEqualTo(eager);
    assertThat(eager).hasSizeGreaterThan(100).noneMatch(v -> v.contains("cannot be validated"));
    assertThat(eager).anyMatch(v -> v.startsWith("response updateGroup 200") && v.contains("body"));
  }

  @Test
  void validatorsFirstUsedOnManyThreadsAtOnceJudgeAsOneThreadDoes() throws Exception {
    List<String> expected = verdicts(ContractLoader.load(BUNDLED, true));
    for (int round = 0; round < 5; round++) {
      ContractLoader.Contract contract = ContractLoader.load(BUNDLED, false);
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<String>>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          results.add(pool.submit(() -> {
            start.await();
            return verdicts(contract);
          }));
        }
        start.countDown();
        for (Future<List<String>> result : results) {
          assertThat(result.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** A line per check: each documented status without and with a body, a request with a wrong body, each schema. */
  private static List<String> verdicts(ContractLoader.Contract contract) throws Exception {
    List<String> verdicts = new ArrayList<>();
    for (OperationContract operation : contract.operations().values()) {
      ApiOperation op = operation.operation();
      for (int status : op.statuses()) {
        verdicts.add("response " + op.id() + " " + status + " " + operation.validateResponse(ApiResponse.of(status)));
        ApiResponse withBody = ApiResponse.of(status).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"x\"}");
        verdicts.add("response " + op.id() + " " + status + " " + operation.validateResponse(withBody));
      }
      String path = contract.basePath() + op.path().replaceAll("\\{[^}]+}", "42");
      ApiRequest request = ApiRequest.of(op.method(), path).withHeader("Authorization", "Bearer t")
          .withHeader("Content-Type", "application/json").withBody("{\"name\":5,\"user_id\":\"x\"}");
      verdicts.add("request " + op.id() + " " + operation.validateRequest(request));
    }
    for (SchemaContract schema : contract.schemas().values()) {
      List<Violation> violations = schema.validate(JSON.readTree("{\"id\":\"x\"}"));
      verdicts.add("schema " + schema.name() + " " + violations);
    }
    return verdicts;
  }
}
