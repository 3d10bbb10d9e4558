package io.kaitenkit.mock.internal.proxy;

import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.spec.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts what the proxy saw, in memory bounded by the contract's operations and the statuses seen:
 * every list of distinct messages stops growing at {@link ProxyDrift#MAX_LISTED}.
 */
public final class DriftLedger {
  private static final int LONGEST_MESSAGE = 500;

  private final Map<String, Tally> tallies = new TreeMap<>(); // "operationId status"
  private final Set<String> unmatchedRequests = new LinkedHashSet<>();
  private final Set<String> failureMessages = new LinkedHashSet<>();
  private long unmatched;
  private long upstreamFailures;

  /** An exchange of a contract operation that the upstream answered; empty findings mean it conformed. */
  public synchronized void answered(String operationId, int status, List<Violation> findings) {
    Tally tally = tallies.computeIfAbsent(operationId + " " + status, key -> new Tally(operationId, status));
    if (findings.isEmpty()) {
      tally.conforming++;
    } else {
      tally.violating++;
      findings.forEach(finding -> {
        if (tally.violations.size() < ProxyDrift.MAX_LISTED) {
          tally.violations.add(new Violation(finding.location(), shortened(finding.message())));
        }
      });
    }
  }

  /** A request forwarded although its method and path are no operation of the contract. */
  public synchronized void unmatched(String method, String path) {
    unmatched++;
    addBounded(unmatchedRequests, method + " " + path);
  }

  /** A request the upstream gave no answer to. */
  public synchronized void upstreamFailed(String message) {
    upstreamFailures++;
    addBounded(failureMessages, message);
  }

  public synchronized ProxyDrift report() {
    List<ProxyDrift.Row> rows = new ArrayList<>();
    for (Tally tally : tallies.values()) {
      rows.add(new ProxyDrift.Row(tally.operationId, tally.status, tally.conforming, tally.violating,
          List.copyOf(tally.violations)));
    }
    rows.sort(Comparator.comparing(ProxyDrift.Row::operationId).thenComparingInt(ProxyDrift.Row::status));
    return new ProxyDrift(rows, unmatched, List.copyOf(unmatchedRequests), upstreamFailures,
        List.copyOf(failureMessages));
  }

  public synchronized void clear() {
    tallies.clear();
    unmatchedRequests.clear();
    failureMessages.clear();
    unmatched = 0;
    upstreamFailures = 0;
  }

  private static void addBounded(Set<String> set, String message) {
    if (set.size() < ProxyDrift.MAX_LISTED) {
      set.add(shortened(message));
    }
  }

  private static String shortened(String message) {
    return message.length() <= LONGEST_MESSAGE ? message : message.substring(0, LONGEST_MESSAGE) + "…";
  }

  private static final class Tally {
    final String operationId;
    final int status;
    final Set<Violation> violations = new LinkedHashSet<>();
    long conforming;
    long violating;

    Tally(String operationId, int status) {
      this.operationId = operationId;
      this.status = status;
    }
  }
}
