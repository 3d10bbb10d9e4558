package io.kaitenkit.mock;

import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.admin.ProviderState;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.KaitenAdmin;
import static java.util.Objects.requireNonNull;

import io.kaitenkit.mock.internal.admin.Admin;
import io.kaitenkit.mock.internal.admin.AdminRoutes;
import io.kaitenkit.mock.internal.RequestPaths;
import io.kaitenkit.mock.internal.dashboard.Dashboard;
import io.kaitenkit.mock.internal.faults.FaultRegistry;
import io.kaitenkit.mock.internal.http.InvalidRequests;
import io.kaitenkit.mock.internal.http.MockRouter;
import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.mock.internal.proxy.DriftLedger;
import io.kaitenkit.mock.internal.proxy.UpstreamTarget;
import io.kaitenkit.mock.internal.proxy.ValidationProxy;
import io.kaitenkit.mock.internal.ratelimit.RateLimit;
import io.kaitenkit.mock.internal.state.FixtureReader;
import io.kaitenkit.mock.internal.state.Fixtures;
import io.kaitenkit.mock.internal.state.GuardedLiveState;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.GuardedModel;
import io.kaitenkit.mock.internal.strict.StrictMode;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
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
  private static final Logger LOG = LoggerFactory.getLogger(KaitenMockServer.class);

  private final MockOptions options;
  private final KaitenApiSpec spec;
  private final Admin admin;
  private final Vertx vertx;
  private final HttpServer server;

  private KaitenMockServer(MockOptions options, KaitenApiSpec spec, Admin admin, Vertx vertx, HttpServer server) {
    this.options = options;
    this.spec = spec;
    this.admin = admin;
    this.vertx = vertx;
    this.server = server;
  }

  /** Starts on 127.0.0.1, a free port, with the demo fixture and strict mode on. */
  public static KaitenMockServer start() {
    return start(MockOptions.defaults());
  }

  /**
   * Starts with the given options and waits until the server listens.
   *
   * @throws IllegalArgumentException when the fixture is invalid, naming the source and the field
   * @throws IllegalStateException when the server cannot listen, e.g. the port is in use
   */
  public static KaitenMockServer start(MockOptions options) {
    requireNonNull(options, "options == null");
    if (!options.loopback() && options.adminToken() == null) {
      throw new IllegalArgumentException("refusing to bind " + options.host()
          + " without an admin token: anyone who can reach it could rewrite the state; set one");
    }
    // Vert.x boots on its own thread while this one reads the contract and the fixture.
    CompletableFuture<Vertx> booting = CompletableFuture.supplyAsync(KaitenMockServer::newVertx,
        task -> new Thread(task, "kaiten-mock-boot").start());
    KaitenApiSpec spec;
    FixtureReader reader;
    KaitenModel startupState;
    try {
      spec = options.contract() == null ? KaitenApiSpec.bundled() : KaitenApiSpec.load(options.contract());
      reader = new FixtureReader(spec);
      startupState = options.fixtureJson() != null
          ? reader.read("fixture", options.fixtureJson())
          : reader.read(options.fixture(), Fixtures.read(options.fixture()));
    } catch (RuntimeException e) {
      booting.thenAccept(Vertx::close);
      throw e;
    }
    LongSupplier clock = System::currentTimeMillis;
    RateLimit limit = new RateLimit(options.rateLimit(), clock);
    GuardedLiveState state = new GuardedLiveState(new GuardedModel(startupState.copy()), reader);
    Journal journal = new Journal(options.journalCapacity(), options.journalBodyBytes());
    FaultRegistry faults = new FaultRegistry();
    DriftLedger drift = new DriftLedger();
    Admin admin = new Admin(spec, state, startupState, journal, faults, limit, drift, options.rateLimit());

    Vertx vertx = booting.join();
    ValidationProxy proxy = options.proxyTo() == null ? null : new ValidationProxy(vertx, spec,
        UpstreamTarget.of(options.proxyTo(), spec.basePath()), options.upstreamTimeout(), drift);
    MockRouter.Dispatch dispatch = proxy != null ? RequestPaths.proxying(vertx, faults, proxy)
        : RequestPaths.emulating(vertx, spec, state.store(), limit, faults,
            options.strict() ? new StrictMode(spec) : null, clock);
    Router router = MockRouter.create(vertx, spec, dispatch, options.maxBodySize(), journal,
        AdminRoutes.create(vertx, admin, options.adminToken(), options.loopback(),
            new Dashboard(vertx, admin, spec, options)));
    HttpServer server = vertx.createHttpServer(httpOptions(options))
        .invalidRequestHandler(InvalidRequests.handler(options.maxInitialLineLength(), options.maxHeaderSize()))
        .requestHandler(router);
    try {
      server.listen(options.port(), options.host()).await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      vertx.close();
      Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
      throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port() + ": "
          + cause.getMessage(), e);
    }
    KaitenMockServer mock = new KaitenMockServer(options, spec, admin, vertx, server);
    if (proxy != null) {
      LOG.info("Kaiten validation proxy listening on {}, forwarding to {}", mock.baseUrl(), proxy);
    } else {
      LOG.info("Kaiten mock listening on {} (fixture {}, strict mode {})", mock.baseUrl(),
          options.fixtureJson() != null ? "inline" : options.fixture(), options.strict() ? "on" : "off");
    }
    return mock;
  }

  /** One event loop: requests are answered in the order they are decided, and that is fast enough. */
  private static Vertx newVertx() {
    return Vertx.vertx(new VertxOptions()
        .setEventLoopPoolSize(1)
        .setWorkerPoolSize(2)
        .setInternalBlockingPoolSize(2)
        .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false).setClassPathResolvingEnabled(false)));
  }

  private static HttpServerOptions httpOptions(MockOptions options) {
    return new HttpServerOptions()
        .setMaxHeaderSize(options.maxHeaderSize())
        .setMaxInitialLineLength(options.maxInitialLineLength())
        .setIdleTimeout((int) options.idleTimeout().toMillis())
        .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
        // The proxy relies on the compressing pipeline to pass an upstream's bytes through untouched
        // (it marks them "identity"), so it keeps it whatever the option says.
        .setCompressionSupported(options.compressResponses() || options.proxyTo() != null)
        .setDecompressionSupported(true)
        // No WebSockets here: without these, Vert.x leaves their handler out of every connection.
        .setPerFrameWebSocketCompressionSupported(false)
        .setPerMessageWebSocketCompressionSupported(false);
  }

  /** The API's base URL, e.g. {@code http://127.0.0.1:54321/api/latest}. */
  public String baseUrl() {
    return origin() + spec.basePath();
  }

  /** The admin API's base URL, e.g. {@code http://127.0.0.1:54321/__admin}. */
  public String adminUrl() {
    return origin() + "/__admin";
  }

  /** A URL of the API: {@code url("/groups/developers/users")}. */
  public String url(String path) {
    requireNonNull(path, "path == null");
    return baseUrl() + (path.startsWith("/") ? path : "/" + path);
  }

  /** The port the server listens on. */
  public int port() {
    return server.actualPort();
  }

  /** The options the server was started with. */
  public MockOptions options() {
    return options;
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
    long timeoutMillis = options.shutdownTimeout().toMillis();
    try {
      server.shutdown(timeoutMillis, TimeUnit.MILLISECONDS).await(timeoutMillis + 5_000, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      LOG.warn("Kaiten mock did not finish its requests in time: {}", e.toString());
    }
    try {
      vertx.close().await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("Kaiten mock did not stop cleanly: {}", e.toString());
    }
  }

  private String origin() {
    String host = options.host().contains(":") && !options.host().startsWith("[")
        ? "[" + options.host() + "]"
        : options.host();
    return "http://" + host + ":" + port();
  }

  @Override
  public String toString() {
    return "KaitenMockServer{" + baseUrl() + "}";
  }
}
