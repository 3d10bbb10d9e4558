package io.kaitenkit.mock;

import static java.util.Objects.requireNonNull;

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
  public static final String DEMO_FIXTURE = "demo";
  /** The bytes of request bodies the journal keeps unless told otherwise: 4 MiB. */
  public static final long DEFAULT_JOURNAL_BODY_BYTES = 4L * 1024 * 1024;

  private final String host;
  private final int port;
  private final String fixture;
  private final String fixtureJson;
  private final boolean strict;
  private final int rateLimit;
  private final String adminToken;
  private final int journalCapacity;
  private final long journalBodyBytes;
  private final int maxHeaderSize;
  private final int maxInitialLineLength;
  private final long maxBodySize;
  private final Duration idleTimeout;
  private final Duration shutdownTimeout;
  private final Path contract;
  private final URI proxyTo;
  private final Duration upstreamTimeout;
  private final boolean failOnDrift;
  private final boolean compressResponses;

  private MockOptions(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.fixture = builder.fixture;
    this.fixtureJson = builder.fixtureJson;
    this.strict = builder.strict;
    this.rateLimit = builder.rateLimit;
    this.adminToken = builder.adminToken;
    this.journalCapacity = builder.journalCapacity;
    this.journalBodyBytes = builder.journalBodyBytes;
    this.maxHeaderSize = builder.maxHeaderSize;
    this.maxInitialLineLength = builder.maxInitialLineLength;
    this.maxBodySize = builder.maxBodySize;
    this.idleTimeout = builder.idleTimeout;
    this.shutdownTimeout = builder.shutdownTimeout;
    this.contract = builder.contract;
    this.compressResponses = builder.compressResponses;
    this.proxyTo = builder.proxyTo;
    this.upstreamTimeout = builder.upstreamTimeout;
    this.failOnDrift = builder.failOnDrift;
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
    Builder builder = new Builder();
    builder.host = host;
    builder.port = port;
    builder.fixture = fixture;
    builder.fixtureJson = fixtureJson;
    builder.strict = strict;
    builder.rateLimit = rateLimit;
    builder.adminToken = adminToken;
    builder.journalCapacity = journalCapacity;
    builder.journalBodyBytes = journalBodyBytes;
    builder.maxHeaderSize = maxHeaderSize;
    builder.maxInitialLineLength = maxInitialLineLength;
    builder.maxBodySize = maxBodySize;
    builder.idleTimeout = idleTimeout;
    builder.shutdownTimeout = shutdownTimeout;
    builder.contract = contract;
    builder.compressResponses = compressResponses;
    builder.proxyTo = proxyTo;
    builder.upstreamTimeout = upstreamTimeout;
    builder.failOnDrift = failOnDrift;
    return builder;
  }

  public String host() {
    return host;
  }

  /** The port to listen on; 0 picks a free one. */
  public int port() {
    return port;
  }

  /** The bundled fixture's name or a fixture file's path; ignored when {@link #fixtureJson()} is set. */
  public String fixture() {
    return fixture;
  }

  /** Fixture text given inline, or null. */
  public String fixtureJson() {
    return fixtureJson;
  }

  /** Whether every response is checked against the contract. */
  public boolean strict() {
    return strict;
  }

  /** Requests per second allowed per token; 0 means no limit. */
  public int rateLimit() {
    return rateLimit;
  }

  /** The token the admin API requires, or null for none. */
  public String adminToken() {
    return adminToken;
  }

  /** How many requests the journal keeps; older ones are dropped first. */
  public int journalCapacity() {
    return journalCapacity;
  }

  /**
   * The bytes of request bodies the journal keeps in all; past it, the oldest entries give their bodies
   * up (the entry stays and its body says it was dropped). 0 keeps no bodies.
   */
  public long journalBodyBytes() {
    return journalBodyBytes;
  }

  /** The largest request head in bytes; larger ones get 431. */
  public int maxHeaderSize() {
    return maxHeaderSize;
  }

  /** The longest request line in bytes; longer ones get 414. */
  public int maxInitialLineLength() {
    return maxInitialLineLength;
  }

  /** The largest request body in bytes; larger ones get 413. */
  public long maxBodySize() {
    return maxBodySize;
  }

  /** How long an idle connection stays open. */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** How long {@code close()} lets requests in flight finish. */
  public Duration shutdownTimeout() {
    return shutdownTimeout;
  }

  /** Whether answers are gzip-compressed for clients that send {@code Accept-Encoding: gzip}. */
  public boolean compressResponses() {
    return compressResponses;
  }

  /** A contract file to emulate and check against instead of the bundled one, or null. */
  public Path contract() {
    return contract;
  }

  /**
   * The real Kaiten that API requests are forwarded to, checked against the contract both ways, or
   * null to emulate Kaiten. See {@link Builder#proxyTo(URI)}.
   */
  public URI proxyTo() {
    return proxyTo;
  }

  /** How long the proxy waits for the upstream to connect, to start answering, and between chunks. */
  public Duration upstreamTimeout() {
    return upstreamTimeout;
  }

  /** Whether the CLI exits non-zero on shutdown when the proxy saw drift. */
  public boolean failOnDrift() {
    return failOnDrift;
  }

  /** True when the host is a loopback address, where the admin API needs no token. */
  public boolean loopback() {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1")
        || host.startsWith("127.") || host.equals("[::1]");
  }

  @Override
  public String toString() {
    return "MockOptions{host=" + host + ", port=" + port
        + ", fixture=" + (fixtureJson != null ? "(inline)" : fixture)
        + ", strict=" + strict
        + ", rateLimit=" + (rateLimit == 0 ? "off" : rateLimit + "/s")
        + ", adminToken=" + (adminToken == null ? "none" : "set")
        + ", journalCapacity=" + journalCapacity
        + ", journalBodyBytes=" + journalBodyBytes
        + ", maxHeaderSize=" + maxHeaderSize
        + ", maxInitialLineLength=" + maxInitialLineLength
        + ", maxBodySize=" + maxBodySize
        + ", idleTimeout=" + idleTimeout
        + ", shutdownTimeout=" + shutdownTimeout
        + (compressResponses ? ", compressResponses=true" : "")
        + (contract == null ? "" : ", contract=" + contract)
        + (proxyTo == null ? "" : ", proxyTo=" + proxyTo + ", upstreamTimeout=" + upstreamTimeout)
        + (failOnDrift ? ", failOnDrift=true" : "") + "}";
  }

  /** Builds {@link MockOptions}; every setter checks its argument. */
  public static final class Builder {
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
    private boolean failOnDrift;
    private boolean compressResponses;

    private Builder() {}

    public Builder host(String host) {
      this.host = requireNonNull(host, "host == null");
      return this;
    }

    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** A bundled fixture's name ({@value #DEMO_FIXTURE}) or the path of a fixture file. */
    public Builder fixture(String nameOrPath) {
      this.fixture = requireNonNull(nameOrPath, "fixture == null");
      this.fixtureJson = null;
      return this;
    }

    /** A fixture file. */
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
      if (requestsPerSecond < 0) {
        throw new IllegalArgumentException("rateLimit must be >= 0, got " + requestsPerSecond);
      }
      this.rateLimit = requestsPerSecond;
      return this;
    }

    public Builder adminToken(String token) {
      if (token != null && token.isBlank()) {
        throw new IllegalArgumentException("adminToken is blank");
      }
      this.adminToken = token;
      return this;
    }

    public Builder journalCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("journalCapacity must be >= 1, got " + capacity);
      }
      this.journalCapacity = capacity;
      return this;
    }

    /** The bytes of request bodies the journal keeps in all; 0 keeps none. */
    public Builder journalBodyBytes(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("journalBodyBytes must be >= 0, got " + bytes);
      }
      this.journalBodyBytes = bytes;
      return this;
    }

    public Builder maxHeaderSize(int bytes) {
      this.maxHeaderSize = positive(bytes, "maxHeaderSize");
      return this;
    }

    public Builder maxInitialLineLength(int bytes) {
      this.maxInitialLineLength = positive(bytes, "maxInitialLineLength");
      return this;
    }

    public Builder maxBodySize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodySize must be >= 1, got " + bytes);
      }
      this.maxBodySize = bytes;
      return this;
    }

    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idleTimeout");
      return this;
    }

    public Builder shutdownTimeout(Duration timeout) {
      requireNonNull(timeout, "shutdownTimeout == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("shutdownTimeout must be >= 0, got " + timeout);
      }
      this.shutdownTimeout = timeout;
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
     * answers unchanged and checks both directions against the contract (see
     * {@code KaitenMockServer.drift()}); null emulates again. The request's path, which starts with the
     * contract's base path, is appended to the URL's path: {@code https://acme.kaiten.ru} (or
     * {@code https://acme.kaiten.ru/api/latest}, the base path is not doubled) receives
     * {@code /api/latest/groups/…} unchanged.
     *
     * @throws IllegalArgumentException unless the URL is http or https with a host and without user
     *     info, query or fragment
     */
    public Builder proxyTo(URI upstream) {
      this.proxyTo = upstream == null ? null : UpstreamTarget.requireValid(upstream);
      return this;
    }

    /** How long the proxy waits for the upstream (default 10 s); past it the client gets 504. */
    public Builder upstreamTimeout(Duration timeout) {
      this.upstreamTimeout = positive(timeout, "upstreamTimeout");
      return this;
    }

    /** Makes the CLI exit non-zero on shutdown when the proxy saw drift; the Java API only reports it. */
    public Builder failOnDrift(boolean failOnDrift) {
      this.failOnDrift = failOnDrift;
      return this;
    }

    public MockOptions build() {
      return new MockOptions(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be >= 1, got " + value);
      }
      return value;
    }

    private static Duration positive(Duration value, String name) {
      requireNonNull(value, name + " == null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }
  }
}
