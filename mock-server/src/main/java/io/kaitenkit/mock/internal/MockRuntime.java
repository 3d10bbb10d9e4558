package io.kaitenkit.mock.internal;

import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.internal.admin.Admin;
import io.kaitenkit.mock.internal.admin.AdminRoutes;
import io.kaitenkit.mock.internal.dashboard.Dashboard;
import io.kaitenkit.mock.internal.faults.FaultRegistry;
import io.kaitenkit.mock.internal.http.InvalidRequests;
import io.kaitenkit.mock.internal.http.MockRouter;
import io.kaitenkit.mock.internal.http.RequestFraming;
import io.kaitenkit.mock.internal.http.RequestHandoff;
import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.mock.internal.net.Hosts;
import io.kaitenkit.mock.internal.proxy.DriftLedger;
import io.kaitenkit.mock.internal.proxy.UpstreamTarget;
import io.kaitenkit.mock.internal.proxy.ValidationProxy;
import io.kaitenkit.mock.internal.ratelimit.RateLimit;
import io.kaitenkit.mock.internal.state.FixtureReader;
import io.kaitenkit.mock.internal.state.Fixtures;
import io.kaitenkit.mock.internal.state.GuardedLiveState;
import io.kaitenkit.mock.internal.state.GuardedModel;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.strict.StrictMode;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mock's life: reads the contract and the fixture, wires the request paths and the admin API, listens,
 * and frees it all again. {@code KaitenMockServer} is the public face in front of it.
 *
 * @param spec the contract the mock emulates and checks against
 * @param admin what the admin API and the Java API act on
 * @param proxy the validation proxy, or null when the mock emulates
 */
public record MockRuntime(MockOptions options, KaitenApiSpec spec, Admin admin, Vertx vertx, HttpServer server,
    ValidationProxy proxy) {
  /**
   * Starts with the given options and waits until the server listens.
   *
   * @throws IllegalArgumentException when the fixture is invalid, or a bind address off loopback has no admin token
   * @throws IllegalStateException when the server cannot listen, e.g. the port is in use
   */
  public static MockRuntime start(MockOptions options) {
    // Decided once, on the address the server binds: a name that looks like loopback is not enough.
    boolean loopback = options.loopback();
    if (!loopback && options.adminToken() == null) {
      throw new IllegalArgumentException("refusing to bind " + options.host()
          + " without an admin token: anyone who can reach it could rewrite the state; set one");
    }
    // Vert.x boots and binds the port on its own thread while this one reads the contract and the
    // fixture; requests reach the router once it is built.
    RequestHandoff handoff = new RequestHandoff();
    CompletableFuture<Listening> booting = CompletableFuture.supplyAsync(() -> Listening.boot(options, handoff),
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
      throw closedAfter(e, booting.join().vertx());
    }
    LongSupplier clock = System::currentTimeMillis;
    RateLimit limit = new RateLimit(options.rateLimit(), clock);
    GuardedLiveState state = new GuardedLiveState(new GuardedModel(startupState.copy()), reader);
    Journal journal = new Journal(options.journalCapacity(), options.journalBodyBytes());
    FaultRegistry faults = new FaultRegistry();
    DriftLedger drift = new DriftLedger();
    Admin admin = new Admin(spec, state, startupState, journal, faults, limit, drift, options.rateLimit());

    Listening listening = booting.join();
    Vertx vertx = listening.vertx();
    if (listening.failure() != null) {
      Throwable cause = listening.failure();
      throw closedAfter(new IllegalStateException("cannot listen on " + options.host() + ":" + options.port()
          + ": " + cause.getMessage(), cause), vertx);
    }
    try {
      ValidationProxy proxy = options.proxyTo() == null ? null : new ValidationProxy(vertx, spec,
          UpstreamTarget.of(options.proxyTo(), spec.basePath()), options.upstreamTimeout(), drift);
      MockRouter.Dispatch dispatch = proxy != null ? RequestPaths.proxying(vertx, faults, proxy)
          : RequestPaths.emulating(vertx, spec, state.store(), limit, faults,
              options.strict() ? new StrictMode(spec) : null, clock);
      Handler<HttpServerRequest> requests = MockRouter.create(vertx, spec, dispatch, options.maxBodySize(), journal,
          AdminRoutes.create(vertx, admin, options.adminToken(), loopback, new Dashboard(vertx, admin, spec, options)));
      handoff.handTo(requests);
      return new MockRuntime(options, spec, admin, vertx, listening.server(), proxy);
    } catch (RuntimeException e) {
      throw closedAfter(e, vertx);
    }
  }

  /** Closes Vert.x after a failed start and waits until the port is free again, so a corrected start can bind it. */
  private static RuntimeException closedAfter(RuntimeException failure, Vertx vertx) {
    try {
      vertx.close().await(10, TimeUnit.SECONDS);
    } catch (Exception closing) {
      failure.addSuppressed(closing);
    }
    return failure;
  }

  /** Vert.x and its server, listening on the port or with the reason it could not. */
  private record Listening(Vertx vertx, HttpServer server, Throwable failure) {
    static Listening boot(MockOptions options, RequestHandoff handoff) {
      Vertx vertx = newVertx();
      HttpServer server = vertx.createHttpServer(httpOptions(options))
          .invalidRequestHandler(InvalidRequests.handler(options.maxInitialLineLength(), options.maxHeaderSize()))
          .connectionHandler(RequestFraming::install)
          .requestHandler(handoff);
      try {
        server.listen(options.port(), options.host()).await(30, TimeUnit.SECONDS);
        return new Listening(vertx, server, null);
      } catch (Exception e) {
        return new Listening(vertx, server, e.getCause() != null && e.getMessage() == null ? e.getCause() : e);
      }
    }

    /** One event loop: requests are answered in the order they are decided, and that is fast enough. */
    private static Vertx newVertx() {
      return Vertx.vertx(new VertxOptions()
          .setEventLoopPoolSize(1)
          .setWorkerPoolSize(2)
          .setInternalBlockingPoolSize(2)
          .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false).setClassPathResolvingEnabled(false)));
    }
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

  /** The origin clients reach the server at, e.g. {@code http://[::1]:54321}. */
  public String origin() {
    return "http://" + Hosts.bracketed(options.host()) + ":" + server.actualPort();
  }

  /** Stops listening, lets requests in flight finish within the shutdown timeout, and frees everything. */
  public void close() {
    long timeoutMillis = options.shutdownTimeout().toMillis();
    try {
      server.shutdown(timeoutMillis, TimeUnit.MILLISECONDS).await(timeoutMillis + 5_000, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      log().warn("Kaiten mock did not finish its requests in time: {}", e.toString());
    }
    try {
      vertx.close().await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      log().warn("Kaiten mock did not stop cleanly: {}", e.toString());
    }
  }

  /** Looked up on use, not at class loading: logging then sets itself up on the boot thread, beside the contract. */
  private static Logger log() {
    return LoggerFactory.getLogger(KaitenMockServer.class);
  }
}
