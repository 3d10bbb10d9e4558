package io.kaitenkit.mock.admin;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.mock.admin.internal.FaultChecks;
import java.time.Duration;
import java.util.Map;

/**
 * Something to go wrong on purpose, in front of the emulator: a delay, a status of your choosing, a
 * connection reset, or no response at all. A fault matches an operation id or a method with a path
 * glob ({@code *} within a segment, {@code **} across segments) and applies to the next
 * {@code times} matching requests, or to all when {@code times} is null.
 *
 * <pre>{@code
 * kaiten.addFault(Fault.on("removeUserFromGroup").times(1).status(500));
 * kaiten.addFault(Fault.onRequest("GET", "/api/latest/groups/**").delay(Duration.ofSeconds(2)));
 * }</pre>
 *
 * @param id assigned by the mock when the fault is added; null before
 * @param operationId the operation to match, or null
 * @param method the method to match with {@code pathGlob}, or null
 * @param pathGlob the path to match with {@code method}, or null
 * @param times how many matching requests to affect; null for all
 * @param action what to do
 */
public record Fault(
    String id, String operationId, String method, String pathGlob, Integer times, Action action) {

  public Fault {
    requireNonNull(action, "action == null");
    if ((operationId == null) == (method == null || pathGlob == null)) {
      throw new IllegalArgumentException("a fault matches either an operation id or a method and a path glob");
    }
    if (method != null) {
      FaultChecks.method(method);
      FaultChecks.pathGlob(pathGlob);
    }
    FaultChecks.times(times);
  }

  /** What a fault does. */
  public sealed interface Action permits Delay, Respond, ResetConnection, NoResponse {}

  /** Waits (at most 10 minutes), then lets the request through to the emulator. */
  public record Delay(Duration delay) implements Action {
    public Delay {
      requireNonNull(delay, "delay == null");
      FaultChecks.delay(delay);
    }
  }

  /** Answers a final status (200..599) with optional headers and body, instead of the emulator. */
  public record Respond(int status, Map<String, String> headers, String body) implements Action {
    public Respond {
      FaultChecks.status(status);
      FaultChecks.headers(headers);
      headers = Map.copyOf(headers);
    }
  }

  /** Closes the connection with a TCP reset, without answering. */
  public record ResetConnection() implements Action {}

  /** Never answers; the client waits until its own timeout. */
  public record NoResponse() implements Action {}

  /** Starts a fault for every request of an operation. */
  public static Builder on(String operationId) {
    return new Builder(requireNonNull(operationId, "operationId == null"), null, null, null);
  }

  /** Starts a fault for requests with this method and a path matching the glob. */
  public static Builder onRequest(String method, String pathGlob) {
    return new Builder(null, requireNonNull(method, "method == null"),
        requireNonNull(pathGlob, "pathGlob == null"), null);
  }

  /** This fault with the id the mock gave it. */
  public Fault withId(String newId) {
    return new Fault(newId, operationId, method, pathGlob, times, action);
  }

  @Override
  public String toString() {
    return "Fault{" + (id == null ? "" : id + " ") + (operationId != null ? operationId : method + " " + pathGlob)
        + (times == null ? "" : " x" + times) + " -> " + action + "}";
  }

  /** What a fault matches, before its action: finish it with {@link #status}, {@link #delay} or another action. */
  public static final class Builder {
    private final String operationId;
    private final String method;
    private final String pathGlob;
    private final Integer times;

    private Builder(String operationId, String method, String pathGlob, Integer times) {
      this.operationId = operationId;
      this.method = method;
      this.pathGlob = pathGlob;
      this.times = times;
    }

    /** Limits the fault to the next {@code n} matching requests. */
    public Builder times(int n) {
      FaultChecks.times(n);
      return new Builder(operationId, method, pathGlob, n);
    }

    public Fault delay(Duration delay) {
      return then(new Delay(delay));
    }

    public Fault status(int status) {
      return then(new Respond(status, Map.of(), null));
    }

    public Fault status(int status, Map<String, String> headers, String body) {
      return then(new Respond(status, headers, body));
    }

    public Fault resetConnection() {
      return then(new ResetConnection());
    }

    public Fault noResponse() {
      return then(new NoResponse());
    }

    public Fault then(Action action) {
      return new Fault(null, operationId, method, pathGlob, times, action);
    }
  }
}
