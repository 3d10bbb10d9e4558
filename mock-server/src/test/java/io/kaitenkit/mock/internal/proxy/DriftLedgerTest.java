package io.kaitenkit.mock.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.spec.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drift ledger counts every exchange but keeps only a bounded number of messages. */
class DriftLedgerTest {
  private final DriftLedger ledger = new DriftLedger();

  @Test
  void distinctFindingsStopGrowingAtTheLimitWhileCountsGoOn() {
    for (int i = 0; i < 100; i++) {
      ledger.answered("listGroupUsers", 200, List.of(new Violation("response body[" + i + "]", "Field 'email' is required.")));
    }

    ProxyDrift.Row row = ledger.report().row("listGroupUsers", 200);
    assertThat(row.violating()).isEqualTo(100);
    assertThat(row.violations()).hasSize(ProxyDrift.MAX_LISTED).map(Violation::toString)
        .startsWith("response body[0]: Field 'email' is required.");
  }

  @Test
  void unmatchedRequestsAndUpstreamFailuresAreCountedAndListedBounded() {
    for (int i = 0; i < 30; i++) {
      ledger.unmatched("GET", "/api/latest/boards/" + i);
      ledger.upstreamFailed("Upstream 127.0.0.1:1 refused the connection");
    }

    ProxyDrift report = ledger.report();
    assertThat(report.unmatched()).isEqualTo(30);
    assertThat(report.unmatchedRequests()).hasSize(ProxyDrift.MAX_LISTED).startsWith("GET /api/latest/boards/0");
    assertThat(report.upstreamFailures()).isEqualTo(30);
    assertThat(report.upstreamFailureMessages()).containsExactly("Upstream 127.0.0.1:1 refused the connection");
    assertThat(report.hasDrift()).isFalse();
    assertThat(report.summary()).isEqualTo("no drift: 0 proxied exchanges conformed to the contract;"
        + " 30 matched no operation; 30 got no answer from the upstream");
  }

  @Test
  void longFindingsAreCutShort() {
    ledger.answered("listGroupUsers", 200, List.of(new Violation("response body", "x".repeat(10_000))));

    assertThat(ledger.report().row("listGroupUsers", 200).violations().get(0).message()).hasSizeLessThan(600).endsWith("…");
  }

  @Test
  void rowsAreOrderedByOperationAndStatusAndClearForgetsThem() {
    ledger.answered("removeUserFromGroup", 404, List.of());
    ledger.answered("listGroupUsers", 429, List.of());
    ledger.answered("removeUserFromGroup", 200, List.of());

    assertThat(ledger.report().rows()).extracting(row -> row.operationId() + " " + row.status())
        .containsExactly("listGroupUsers 429", "removeUserFromGroup 200", "removeUserFromGroup 404");

    ledger.clear();

    assertThat(ledger.report()).isEqualTo(ProxyDrift.empty());
  }
}
