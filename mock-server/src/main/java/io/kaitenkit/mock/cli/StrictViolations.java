package io.kaitenkit.mock.cli;

import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.spec.Violation;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints one line on stderr for each exchange strict mode found departing from the contract, whatever
 * the logging is set to: the server hands each such exchange to the CLI as it records it, so the line
 * needs no logging binding and costs nothing for the exchanges that conform. The bundled logging
 * configuration turns strict mode's own log line off, so a user sees each violation once.
 */
final class StrictViolations {
  private static final int SHOWN = 3;
  private static final int MAX_LINE = 600;

  private StrictViolations() {}

  /** Prints the violations of the server's exchanges as they are recorded. */
  static void printFrom(KaitenMockServer server, PrintStream err) {
    server.onViolation(exchange -> err.println(line(exchange)));
  }

  /**
   * E.g. {@code kaiten-mock-server: strict mode: #3 GET /api/latest/users/current answered 200
   * (getCurrentUser) against the contract: response body: Field 'nickname' is required.}; the query,
   * headers and body of the request (where credentials travel) are not shown.
   */
  static String line(RecordedExchange exchange) {
    List<Violation> violations = exchange.violations();
    String shown = violations.stream().limit(SHOWN).map(Violation::toString).collect(Collectors.joining("; "));
    String more = violations.size() > SHOWN ? " (and " + (violations.size() - SHOWN) + " more)" : "";
    String line = "kaiten-mock-server: strict mode: #" + exchange.sequence() + " " + exchange.method() + " "
        + exchange.path() + " answered " + exchange.status()
        + (exchange.operationId() == null ? "" : " (" + exchange.operationId() + ")")
        + " against the contract: " + shown + more;
    line = line.replaceAll("[\\r\\n\\t]+", " ");
    return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 1) + "…";
  }
}
