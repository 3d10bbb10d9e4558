package io.kaitenkit.mock.admin;

import io.kaitenkit.spec.Violation;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the validation proxy saw since the start or the last reset: per operation and upstream status,
 * how many exchanges conformed to the contract, how many did not, and what departed from it.
 *
 * <pre>{@code
 * ProxyDrift drift = kaiten.drift();
 * assertThat(drift.hasDrift()).as(drift.summary()).isFalse();
 * }</pre>
 *
 * @param rows one per operation and status seen, ordered by operation id and status
 * @param unmatched requests forwarded whose method and path are no operation of the contract
 * @param unmatchedRequests distinct {@code METHOD path} of those requests, the first {@value #MAX_LISTED}
 * @param upstreamFailures requests the upstream did not answer (refused, timed out, TLS failed …)
 * @param upstreamFailureMessages distinct messages of those failures, the first {@value #MAX_LISTED}
 */
public record ProxyDrift(
    List<Row> rows,
    long unmatched,
    List<String> unmatchedRequests,
    long upstreamFailures,
    List<String> upstreamFailureMessages) {

  /** How many distinct messages or requests a list keeps; later ones are counted, not listed. */
  public static final int MAX_LISTED = 20;

  public ProxyDrift {
    rows = List.copyOf(rows);
    unmatchedRequests = List.copyOf(unmatchedRequests);
    upstreamFailureMessages = List.copyOf(upstreamFailureMessages);
  }

  /** A report of nothing seen, e.g. when the mock emulates rather than proxies. */
  public static ProxyDrift empty() {
    return new ProxyDrift(List.of(), 0, List.of(), 0, List.of());
  }

  /**
   * The exchanges of one operation that the upstream answered with one status.
   *
   * @param operationId the contract's operation
   * @param status the upstream's status
   * @param conforming exchanges whose request and response both conformed to the contract
   * @param violating exchanges where either departed from it
   * @param violations distinct findings, e.g. {@code response body: Field 'email' is required.}, the
   *     first {@value ProxyDrift#MAX_LISTED}
   */
  public record Row(String operationId, int status, long conforming, long violating, List<Violation> violations) {
    public Row {
      requireNonNull(operationId, "operationId == null");
      violations = List.copyOf(violations);
    }

    @Override
    public String toString() {
      return operationId + " " + status + ": " + conforming + " conforming, " + violating + " violating"
          + (violations.isEmpty() ? "" : " " + violations);
    }
  }

  /** True when any exchange departed from the contract. */
  public boolean hasDrift() {
    return violating() > 0;
  }

  /** Exchanges that conformed, over all rows. */
  public long conforming() {
    return rows.stream().mapToLong(Row::conforming).sum();
  }

  /** Exchanges that departed from the contract, over all rows. */
  public long violating() {
    return rows.stream().mapToLong(Row::violating).sum();
  }

  /** The row of an operation and status, or null when none was seen. */
  public Row row(String operationId, int status) {
    return rows.stream()
        .filter(row -> row.operationId().equals(operationId) && row.status() == status)
        .findFirst()
        .orElse(null);
  }

  /** One line: how many exchanges drifted and the first findings, or that none did. */
  public String summary() {
    long checked = conforming() + violating();
    String others = (unmatched == 0 ? "" : "; " + unmatched + " matched no operation")
        + (upstreamFailures == 0 ? "" : "; " + upstreamFailures + " got no answer from the upstream");
    if (!hasDrift()) {
      return "no drift: " + checked + " proxied exchanges conformed to the contract" + others;
    }
    List<Row> drifting = rows.stream().filter(row -> row.violating() > 0).toList();
    String first = drifting.stream().limit(3)
        .map(row -> row.operationId() + " " + row.status() + " " + row.violations())
        .collect(Collectors.joining(", "));
    return "drift: " + violating() + " of " + checked + " proxied exchanges departed from the contract: " + first
        + (drifting.size() > 3 ? " and " + (drifting.size() - 3) + " more" : "") + others;
  }

  @Override
  public String toString() {
    return "ProxyDrift{" + summary() + "}";
  }
}
