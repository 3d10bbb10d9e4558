package io.kaitenkit.mock;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.mock.internal.emulator.GroupUsersEmulator;
import io.kaitenkit.mock.internal.emulator.RateLimiter;
import io.kaitenkit.mock.internal.http.ExchangeListener;
import io.kaitenkit.mock.internal.http.MockRouter;
import io.kaitenkit.mock.internal.state.FixtureReader;
import io.kaitenkit.mock.internal.state.Fixtures;
import io.kaitenkit.mock.internal.state.StateAccess;
import io.kaitenkit.mock.internal.state.StateData;
import io.kaitenkit.mock.internal.state.StateStore;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.concurrent.TimeUnit;
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
public final class KaitenMockServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KaitenMockServer.class);

  private final MockOptions options;
  private final KaitenApiSpec spec;
  private final StateData startupState;
  private final StateAccess state;
  private final GroupUsersEmulator emulator;
  private final Vertx vertx;
  private final HttpServer server;

  private KaitenMockServer(MockOptions options, KaitenApiSpec spec, StateData startupState,
      StateAccess state, GroupUsersEmulator emulator, Vertx vertx, HttpServer server) {
    this.options = options;
    this.spec = spec;
    this.startupState = startupState;
    this.state = state;
    this.emulator = emulator;
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
    KaitenApiSpec spec = KaitenApiSpec.bundled();
    FixtureReader reader = new FixtureReader(spec);
    StateData startupState = options.fixtureJson() != null
        ? reader.read("fixture", options.fixtureJson())
        : reader.read(options.fixture(), Fixtures.read(options.fixture()));
    StateStore store = new StateStore(startupState.copy());
    RateLimiter limiter = options.rateLimit() > 0
        ? new RateLimiter(options.rateLimit(), System::currentTimeMillis)
        : null;
    GroupUsersEmulator emulator = new GroupUsersEmulator(spec, store, limiter, System::currentTimeMillis);
    StateAccess state = new StateAccess(store, reader);

    Vertx vertx = Vertx.vertx(new VertxOptions()
        .setEventLoopPoolSize(1)
        .setWorkerPoolSize(2)
        .setInternalBlockingPoolSize(2)
        .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false).setClassPathResolvingEnabled(false)));
    ExchangeListener listener = (call, reply, violations, nanos) -> { };
    Router router = MockRouter.create(vertx, spec, emulator, options.strict(), options.maxBodySize(),
        listener, null);
    HttpServer server = vertx.createHttpServer(httpOptions(options)).requestHandler(router);
    try {
      server.listen(options.port(), options.host()).await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      vertx.close();
      Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
      throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port() + ": "
          + cause.getMessage(), e);
    }
    KaitenMockServer mock = new KaitenMockServer(options, spec, startupState, state, emulator, vertx, server);
    LOG.info("Kaiten mock listening on {} (fixture {}, strict mode {})", mock.baseUrl(),
        options.fixtureJson() != null ? "inline" : options.fixture(), options.strict() ? "on" : "off");
    return mock;
  }

  private static HttpServerOptions httpOptions(MockOptions options) {
    return new HttpServerOptions()
        .setMaxHeaderSize(options.maxHeaderSize())
        .setMaxInitialLineLength(options.maxInitialLineLength())
        .setIdleTimeout((int) options.idleTimeout().toMillis())
        .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
        .setCompressionSupported(true)
        .setDecompressionSupported(true);
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
  public MockState state() {
    return state;
  }

  /** Back to the startup fixture. */
  public void reset() {
    state.replace(startupState.copy());
    RateLimiter limiter = emulator.rateLimiter();
    if (limiter != null) {
      limiter.reset();
    }
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
