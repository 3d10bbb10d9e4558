package io.kaitenkit.mock;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.KaitenAdmin;
import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.internal.MockRuntime;
import io.kaitenkit.mock.internal.admin.Admin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local Kaiten: the group-users endpoints of the contract, emulated with real state.
 *
 * <pre>{@code
 * try (KaitenMockServer kaiten = KaitenMockServer.start()) {
 *   URI uri = URI.create(kaiten.baseUrl() + "/groups/developers/users/42");
 *   // call it with the demo token "demo-admin-token"
 * }
 * }</pre>
 */
public final class KaitenMockServer implements KaitenAdmin, AutoCloseable {
  private final MockRuntime runtime;
  private final Admin admin;

  private KaitenMockServer(MockRuntime runtime) {
    this.runtime = runtime;
    this.admin = runtime.admin();
  }

  /** Starts on 127.0.0.1, a free port, with the demo fixture and strict mode on. */
  public static KaitenMockServer start() {
    return start(MockOptions.defaults());
  }

  /**
   * Starts with the given options and waits until the server listens.
   *
   * @throws IllegalArgumentException when the fixture is invalid, naming the source and the field, or
   *     when the host is not a loopback address and no admin token is set
   * @throws IllegalStateException when the server cannot listen, e.g. the port is in use
   */
  public static KaitenMockServer start(MockOptions options) {
    KaitenMockServer mock = new KaitenMockServer(MockRuntime.start(requireNonNull(options, "options == null")));
    if (mock.runtime.proxy() != null) {
      log().info("Kaiten validation proxy listening on {}, forwarding to {}", mock.baseUrl(), mock.runtime.proxy());
    } else {
      log().info("Kaiten mock listening on {} (fixture {}, strict mode {})", mock.baseUrl(),
          options.fixtureJson() != null ? "inline" : options.fixture(), options.strict() ? "on" : "off");
    }
    return mock;
  }

  /** The API's base URL, e.g. {@code http://127.0.0.1:54321/api/latest}. */
  public String baseUrl() {
    return runtime.origin() + runtime.spec().basePath();
  }

  /** The admin API's base URL, e.g. {@code http://127.0.0.1:54321/__admin}. */
  public String adminUrl() {
    return runtime.origin() + "/__admin";
  }

  /** A URL of the API: {@code url("/groups/developers/users")}. */
  public String url(String path) {
    requireNonNull(path, "path == null");
    return baseUrl() + (path.startsWith("/") ? path : "/" + path);
  }

  /** The port the server listens on. */
  public int port() {
    return runtime.server().actualPort();
  }

  /** The options the server was started with. */
  public MockOptions options() {
    return runtime.options();
  }

  /** The live state: read it, replace it, change one fact. */
  public LiveState state() {
    return admin.state();
  }

  @Override
  public String stateJson() {
    return admin.state().toJson();
  }

  @Override
  public void replaceState(String fixtureJson) {
    admin.state().replace(requireNonNull(fixtureJson, "fixtureJson == null"));
  }

  /** Back to the startup fixture, with an empty journal, no faults, the startup rate limit and no drift. */
  @Override
  public void reset() {
    admin.reset();
  }

  /**
   * The next request not yet taken, in the order responses ended; waits up to the timeout and answers
   * null when none arrives.
   */
  @Override
  public RecordedExchange takeRequest(long timeout, TimeUnit unit) throws InterruptedException {
    return admin.journal().take(timeout, unit);
  }

  /** Requests received since the start or the last reset, admin calls excluded. */
  @Override
  public long requestCount() {
    return admin.journal().count();
  }

  /** The journal: the last requests (up to its capacity), oldest first. */
  @Override
  public List<RecordedExchange> requests() {
    return admin.requests();
  }

  /**
   * The sequence number of the last request the mock decided, 0 before the first; numbers go on across
   * resets. Take it before something happens and pass it to {@link #requestsAfter(long)} afterwards.
   */
  public long lastSequence() {
    return admin.journal().lastSequence();
  }

  /** The journal's requests numbered after {@code sequence}, oldest first: what happened since then. */
  public List<RecordedExchange> requestsAfter(long sequence) {
    return admin.journal().entriesAfter(sequence);
  }

  /**
   * Calls the listener with each exchange recorded with violations from now on (strict mode's findings,
   * or the proxy's drift), as it is recorded, on the server's event loop: keep it short. Null stops.
   */
  public void onViolation(Consumer<RecordedExchange> listener) {
    admin.journal().onViolation(listener);
  }

  /** Empties the journal. */
  @Override
  public void clearRequests() {
    admin.clearRequests();
  }

  /**
   * What the validation proxy ({@link MockOptions.Builder#proxyTo}) saw since the start or the last
   * reset: per operation and upstream status, conforming and violating exchanges and what departed
   * from the contract. Empty when the mock emulates.
   */
  @Override
  public ProxyDrift drift() {
    return admin.drift();
  }

  /** Forgets what the validation proxy saw. */
  @Override
  public void clearDrift() {
    admin.clearDrift();
  }

  /** Adds a fault in front of the emulator and answers it with its id. */
  @Override
  public Fault addFault(Fault fault) {
    return admin.addFault(requireNonNull(fault, "fault == null"));
  }

  /** The active faults; {@code times} shows how many requests each may still affect. */
  @Override
  public List<Fault> faults() {
    return admin.faults();
  }

  @Override
  public boolean removeFault(String id) {
    return admin.removeFault(requireNonNull(id, "id == null"));
  }

  @Override
  public void clearFaults() {
    admin.clearFaults();
  }

  /** Requests a second per token, 0 when the limit is off. */
  @Override
  public int rateLimit() {
    return admin.rateLimit();
  }

  /** Sets Kaiten's rate limit per token; 0 turns it off. */
  @Override
  public void rateLimit(int requestsPerSecond) {
    admin.rateLimit(requestsPerSecond);
  }

  /** Makes the token's next request get 429 (turning the limit on at 5 a second if it is off). */
  @Override
  public void exhaustRateLimit(String token) {
    admin.exhaustRateLimit(requireNonNull(token, "token == null"));
  }

  /**
   * Sets up a provider state: a sentence of {@link ProviderState}, e.g.
   * {@code ProviderState.USER_IS_MEMBER.sentence(42, "developers")}.
   */
  @Override
  public void setUpProviderState(String sentence, Map<String, ?> params) {
    admin.providerState(sentence, params, true);
  }

  /** Tears a provider state down: back to the startup state, faults and rate limit; the journal stays. */
  @Override
  public void tearDownProviderState(String sentence, Map<String, ?> params) {
    admin.providerState(sentence, params, false);
  }

  /** Stops listening, lets requests in flight finish within the shutdown timeout, and frees everything. */
  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "KaitenMockServer{" + baseUrl() + "}";
  }

  /** Looked up on use, not at class loading: logging then sets itself up on the boot thread, beside the contract. */
  private static Logger log() {
    return LoggerFactory.getLogger(KaitenMockServer.class);
  }
}
