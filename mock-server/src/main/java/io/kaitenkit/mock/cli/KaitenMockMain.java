package io.kaitenkit.mock.cli;

import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar kaiten-mock-server.jar}: runs the mock until SIGTERM or Ctrl-C. */
@Command(name = "kaiten-mock-server", mixinStandardHelpOptions = true, version = "kaiten-mock-server 0.1.0",
    description = "A local Kaiten: the group-users endpoints, emulated with real state.",
    sortOptions = false)
public final class KaitenMockMain implements Callable<Integer> {
  /** The exit status of a {@code --fail-on-drift} run that saw drift. */
  static final int EXIT_DRIFT = 1;
  /** The CLI's defaults are the Java API's, but for the fixed port a script can call. */
  private static final MockOptions DEFAULTS = MockOptions.defaults();

  @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = DEFAULTS.host();

  @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8089;

  @Option(names = "--fixture", paramLabel = "NAME|FILE",
      description = "Bundled fixture (demo, empty) or a fixture file (default: ${DEFAULT-VALUE}).")
  String fixture = DEFAULTS.fixture();

  @Option(names = "--strict", negatable = true, fallbackValue = "true",
      description = "Check every response against the contract (default: on).")
  boolean strict = DEFAULTS.strict();

  @Option(names = "--rate-limit", paramLabel = "N",
      description = "Requests per second per token; 0 turns the limit off (default: ${DEFAULT-VALUE}).")
  int rateLimit = DEFAULTS.rateLimit();

  @Option(names = "--admin-token", paramLabel = "TOKEN",
      description = "Token the admin API requires; needed to bind a non-loopback address.")
  String adminToken;

  @Option(names = "--journal-size", paramLabel = "N",
      description = "Requests kept in the journal (default: ${DEFAULT-VALUE}).")
  int journalSize = DEFAULTS.journalCapacity();

  @Option(names = "--journal-body-bytes", paramLabel = "BYTES",
      description = "Bytes of request bodies the journal keeps in all; past it the oldest entries drop "
          + "their bodies; 0 keeps none (default: ${DEFAULT-VALUE}).")
  long journalBodyBytes = DEFAULTS.journalBodyBytes();

  @Option(names = "--max-header-size", paramLabel = "BYTES", description = "Larger request heads get 431 (default: ${DEFAULT-VALUE}).")
  int maxHeaderSize = DEFAULTS.maxHeaderSize();

  @Option(names = "--max-line-length", paramLabel = "BYTES", description = "Longer request lines get 414 (default: ${DEFAULT-VALUE}).")
  int maxInitialLineLength = DEFAULTS.maxInitialLineLength();

  @Option(names = "--max-body-size", paramLabel = "BYTES", description = "Larger bodies get 413 (default: ${DEFAULT-VALUE}).")
  long maxBodySize = DEFAULTS.maxBodySize();

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", description = "Idle connections are closed after this (default: ${DEFAULT-VALUE}).")
  long idleTimeoutSeconds = DEFAULTS.idleTimeout().toSeconds();

  @Option(names = "--shutdown-timeout", paramLabel = "SECONDS",
      description = "How long requests in flight may finish on shutdown (default: ${DEFAULT-VALUE}).")
  long shutdownTimeoutSeconds = DEFAULTS.shutdownTimeout().toSeconds();

  @Option(names = "--gzip", description = "Compress answers for clients that accept gzip, as Kaiten does.")
  boolean gzip;

  @Option(names = "--contract", paramLabel = "FILE",
      description = "Emulate and check against this contract instead of the bundled one.")
  Path contract;

  @Option(names = "--proxy-to", paramLabel = "URL",
      description = "Forward API requests to this Kaiten (e.g. https://acme.kaiten.ru), return its answers "
          + "unchanged and check both directions against the contract; see GET /__admin/drift.")
  URI proxyTo;

  @Option(names = "--upstream-timeout", paramLabel = "SECONDS",
      description = "How long the proxy waits for the upstream before answering 504 (default: ${DEFAULT-VALUE}).")
  long upstreamTimeoutSeconds = DEFAULTS.upstreamTimeout().toSeconds();

  @Option(names = "--fail-on-drift",
      description = "With --proxy-to: exit with status " + KaitenMockMain.EXIT_DRIFT
          + " on shutdown when any exchange departed from the contract, 0 otherwise.")
  boolean failOnDrift;

  private final PrintStream out;

  KaitenMockMain(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "kaiten-mock-logback.xml");
    }
    CommandLine commandLine = new CommandLine(new KaitenMockMain(System.out));
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("kaiten-mock-server: " + oneLine(e));
      return 1;
    });
    commandLine.setParameterExceptionHandler((e, args2) -> {
      e.getCommandLine().getErr().println("kaiten-mock-server: " + e.getMessage());
      e.getCommandLine().getErr().println("Try --help for the options.");
      return 2;
    });
    System.exit(commandLine.execute(args));
  }

  /** The options these arguments stand for. */
  MockOptions options() {
    if (failOnDrift && proxyTo == null) {
      throw new IllegalArgumentException("--fail-on-drift needs --proxy-to: only the validation proxy sees drift");
    }
    if (journalBodyBytes < 0) {
      throw new IllegalArgumentException("--journal-body-bytes must be 0 or more bytes, got " + journalBodyBytes);
    }
    return MockOptions.builder()
        .host(host)
        .port(port)
        .fixture(fixture)
        .strict(strict)
        .rateLimit(rateLimit)
        .adminToken(adminToken)
        .journalCapacity(journalSize)
        .journalBodyBytes(journalBodyBytes)
        .maxHeaderSize(maxHeaderSize)
        .maxInitialLineLength(maxInitialLineLength)
        .maxBodySize(maxBodySize)
        .idleTimeout(Duration.ofSeconds(idleTimeoutSeconds))
        .shutdownTimeout(Duration.ofSeconds(shutdownTimeoutSeconds))
        .contract(contract)
        .compressResponses(gzip)
        .proxyTo(proxyTo)
        .upstreamTimeout(Duration.ofSeconds(upstreamTimeoutSeconds))
        .build();
  }

  @Override
  public Integer call() throws InterruptedException {
    MockOptions options = options();
    KaitenMockServer server = KaitenMockServer.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      int status = options.proxyTo() == null ? 0 : reportDrift(server.drift(), failOnDrift);
      stopped.countDown();
      // A JVM stopped by SIGTERM exits 143 whatever main returns: a clean stop is 0 (a `set -e` script
      // goes on) and the drift verdict must win.
      System.out.flush();
      System.err.flush();
      Runtime.getRuntime().halt(status);
    }, "kaiten-mock-shutdown"));
    Banner.print(out, server, options, failOnDrift);
    if (options.strict() && options.proxyTo() == null) {
      StrictViolations.printFrom(server, System.err); // the proxy reports drift through its own log line
    }
    stopped.await();
    return 0;
  }

  /** Prints the one-line drift summary to stderr and answers the exit status it calls for. */
  private static int reportDrift(ProxyDrift drift, boolean failOnDrift) {
    boolean nothingChecked = drift.conforming() + drift.violating() == 0;
    if (failOnDrift && nothingChecked) {
      // A nightly job with a wrong URL or no traffic proves nothing: it must not stay green.
      System.err.println("kaiten-mock-server: nothing was checked, so --fail-on-drift fails: " + drift.summary());
      return EXIT_DRIFT;
    }
    System.err.println("kaiten-mock-server: " + drift.summary());
    return failOnDrift && drift.hasDrift() ? EXIT_DRIFT : 0;
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
