package io.kaitenkit.mock;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.mock.internal.net.Hosts;
import io.kaitenkit.mock.internal.options.OptionChecks;
import io.kaitenkit.mock.internal.options.OptionsText;
import io.kaitenkit.mock.internal.proxy.UpstreamTarget;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a {@link KaitenMockServer} starts: where it listens, which state it starts from, which checks
 * and limits apply. Immutable; the CLI parses its arguments into the same type.
 */
public final class MockOptions {
  /** The fixture bundled in the jar that makes every documented status reachable. */
  public static final String DEMO_FIXTURE = DemoFixture.NAME;
  /** The bytes of request bodies the journal keeps unless told otherwise: 4 MiB. */
  public static final long DEFAULT_JOURNAL_BODY_BYTES = 4L * 1024 * 1024;

  private final Builder values; // a copy that never leaves this object, so the options never change

  private MockOptions(Builder builder) {
    this.values = builder.copy();
  }

  /** The defaults: loopback, a free port, the demo fixture, strict mode on, no rate limit. */
  public static MockOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return values.copy();
  }

  public String host() {
    return values.host;
  }

  /** The port to listen on; 0 picks a free one. */
  public int port() {
    return values.port;
  }

  /** The bundled fixture's name or a fixture file's path; ignored when {@link #fixtureJson()} is set. */
  public String fixture() {
    return values.fixture;
  }

  /** Fixture text given inline, or null. */
  public String fixtureJson() {
    return values.fixtureJson;
  }

  /** Whether every response is checked against the contract. */
  public boolean strict() {
    return values.strict;
  }

  /** Requests per second allowed per token; 0 means no limit. */
  public int rateLimit() {
    return values.rateLimit;
  }

  /** The token the admin API requires, or null for none. */
  public String adminToken() {
    return values.adminToken;
  }

  /** How many requests the journal keeps; older ones are dropped first. */
  public int journalCapacity() {
    return values.journalCapacity;
  }

  /** The bytes of request bodies the journal keeps in all; past it the oldest entries give their bodies up
   *  (the entry stays and its body says it was dropped). 0 keeps no bodies. */
  public long journalBodyBytes() {
    return values.journalBodyBytes;
  }

  /** The largest request head in bytes; larger ones get 431. */
  public int maxHeaderSize() {
    return values.maxHeaderSize;
  }

  /** The longest request line in bytes; longer ones get 414. */
  public int maxInitialLineLength() {
    return values.maxInitialLineLength;
  }

  /** The largest request body in bytes; larger ones get 413. */
  public long maxBodySize() {
    return values.maxBodySize;
  }

  /** How long an idle connection stays open. */
  public Duration idleTimeout() {
    return values.idleTimeout;
  }

  /** How long {@code close()} lets requests in flight finish. */
  public Duration shutdownTimeout() {
    return values.shutdownTimeout;
  }

  /** Whether answers are gzip-compressed for clients that send {@code Accept-Encoding: gzip}. */
  public boolean compressResponses() {
    return values.compressResponses;
  }

  /** A contract file to emulate and check against instead of the bundled one, or null. */
  public Path contract() {
    return values.contract;
  }

  /** The real Kaiten that API requests are forwarded to, checked against the contract both ways, or null
   *  to emulate Kaiten. See {@link Builder#proxyTo(URI)}. */
  public URI proxyTo() {
    return values.proxyTo;
  }

  /** How long the proxy waits for the upstream to connect, to start answering, and between chunks. */
  public Duration upstreamTimeout() {
    return values.upstreamTimeout;
  }

  /** True when the host resolves to a loopback address, where the admin API needs no token; decided by
   *  address, so {@code 127.evil.example} is not loopback. */
  public boolean loopback() {
    return Hosts.isLoopbackBindHost(values.host);
  }

  /** Every option on one line, the admin token only as "set"; the CLI prints it at start-up. */
  @Override
  public String toString() {
    return OptionsText.of(this);
  }

  /** Builds {@link MockOptions}; every setter checks its argument. */
  public static final class Builder implements Cloneable {
    private String host = "127.0.0.1";
    private int port = 0;
    private String fixture = DEMO_FIXTURE;
    private String fixtureJson;
    private boolean strict = true;
    private int rateLimit = 0;
    private String adminToken;
    private int journalCapacity = 10_000;
    private long journalBodyBytes = DEFAULT_JOURNAL_BODY_BYTES;
    private int maxHeaderSize = 8192;
    private int maxInitialLineLength = 4096;
    private long maxBodySize = 1024 * 1024;
    private Duration idleTimeout = Duration.ofSeconds(60);
    private Duration shutdownTimeout = Duration.ofSeconds(10);
    private Path contract;
    private URI proxyTo;
    private Duration upstreamTimeout = Duration.ofSeconds(10);
    private boolean compressResponses;

    private Builder() {}

    private Builder copy() {
      try {
        return (Builder) clone(); // every field is an immutable value: a shallow copy is a full one
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }

    public Builder host(String host) {
      this.host = requireNonNull(host, "host == null");
      return this;
    }

    public Builder port(int port) {
      this.port = OptionChecks.port(port);
      return this;
    }

    /** A bundled fixture's name ({@value #DEMO_FIXTURE}) or the path of a fixture file. */
    public Builder fixture(String nameOrPath) {
      this.fixture = requireNonNull(nameOrPath, "fixture == null");
      this.fixtureJson = null;
      return this;
    }

    public Builder fixture(Path file) {
      return fixture(requireNonNull(file, "file == null").toString());
    }

    /** Fixture text given inline, instead of a name or file. */
    public Builder fixtureJson(String json) {
      this.fixtureJson = requireNonNull(json, "json == null");
      return this;
    }

    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    public Builder rateLimit(int requestsPerSecond) {
      this.rateLimit = OptionChecks.atLeast(requestsPerSecond, 0, "rateLimit");
      return this;
    }

    public Builder adminToken(String token) {
      this.adminToken = OptionChecks.adminToken(token);
      return this;
    }

    public Builder journalCapacity(int capacity) {
      this.journalCapacity = OptionChecks.atLeast(capacity, 1, "journalCapacity");
      return this;
    }

    /** The bytes of request bodies the journal keeps in all; 0 keeps none. */
    public Builder journalBodyBytes(long bytes) {
      this.journalBodyBytes = OptionChecks.atLeast(bytes, 0, "journalBodyBytes");
      return this;
    }

    public Builder maxHeaderSize(int bytes) {
      this.maxHeaderSize = OptionChecks.atLeast(bytes, 1, "maxHeaderSize");
      return this;
    }

    public Builder maxInitialLineLength(int bytes) {
      this.maxInitialLineLength = OptionChecks.atLeast(bytes, 1, "maxInitialLineLength");
      return this;
    }

    public Builder maxBodySize(long bytes) {
      this.maxBodySize = OptionChecks.atLeast(bytes, 1, "maxBodySize");
      return this;
    }

    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = OptionChecks.positive(timeout, "idleTimeout");
      return this;
    }

    public Builder shutdownTimeout(Duration timeout) {
      this.shutdownTimeout = OptionChecks.notNegative(timeout, "shutdownTimeout");
      return this;
    }

    /**
     * Compresses answers with gzip for clients that accept it, as Kaiten's servers do. Off by default:
     * every client reads plain answers, and compressing costs the mock about 5% of its throughput. A
     * gzip-compressed request body is read either way.
     */
    public Builder compressResponses(boolean compress) {
      this.compressResponses = compress;
      return this;
    }

    /**
     * Emulates and checks against this contract file instead of the bundled one: a newer copy of
     * Kaiten's contract, or a deliberately changed one to see what the checks catch.
     */
    public Builder contract(Path file) {
      this.contract = file;
      return this;
    }

    /**
     * Forwards every request outside the admin API to this Kaiten instead of emulating it, returns its
     * answers unchanged and checks both directions against the contract (see {@code KaitenMockServer.drift()});
     * null emulates again. The request's path, which starts with the contract's base path, is appended to
     * the URL's path: {@code https://acme.kaiten.ru} (or {@code https://acme.kaiten.ru/api/latest}, the
     * base path is not doubled) receives {@code /api/latest/groups/…} unchanged.
     *
     * @throws IllegalArgumentException unless the URL is http or https with a host, without user info,
     *     query or fragment
     */
    public Builder proxyTo(URI upstream) {
      this.proxyTo = upstream == null ? null : UpstreamTarget.requireValid(upstream);
      return this;
    }

    /** How long the proxy waits for the upstream (default 10 s); past it the client gets 504. */
    public Builder upstreamTimeout(Duration timeout) {
      this.upstreamTimeout = OptionChecks.positive(timeout, "upstreamTimeout");
      return this;
    }

    public MockOptions build() {
      return new MockOptions(this);
    }
  }
}
