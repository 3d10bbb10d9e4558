package io.kaitenkit.mock;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a {@link KaitenMockServer} starts: where it listens, which state it starts from, which checks
 * and limits apply. Immutable; the CLI parses its arguments into the same type.
 */
public final class MockOptions {
  /** The fixture bundled in the jar that makes every documented status reachable. */
  public static final String DEMO_FIXTURE = "demo";

  private final String host;
  private final int port;
  private final String fixture;
  private final String fixtureJson;
  private final boolean strict;
  private final int rateLimit;
  private final String adminToken;
  private final int journalCapacity;
  private final int maxHeaderSize;
  private final int maxInitialLineLength;
  private final long maxBodySize;
  private final Duration idleTimeout;
  private final Duration shutdownTimeout;
  private final Path contract;

  private MockOptions(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.fixture = builder.fixture;
    this.fixtureJson = builder.fixtureJson;
    this.strict = builder.strict;
    this.rateLimit = builder.rateLimit;
    this.adminToken = builder.adminToken;
    this.journalCapacity = builder.journalCapacity;
    this.maxHeaderSize = builder.maxHeaderSize;
    this.maxInitialLineLength = builder.maxInitialLineLength;
    this.maxBodySize = builder.maxBodySize;
    this.idleTimeout = builder.idleTimeout;
    this.shutdownTimeout = builder.shutdownTimeout;
    this.contract = builder.contract;
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
    builder.maxHeaderSize = maxHeaderSize;
    builder.maxInitialLineLength = maxInitialLineLength;
    builder.maxBodySize = maxBodySize;
    builder.idleTimeout = idleTimeout;
    builder.shutdownTimeout = shutdownTimeout;
    builder.contract = contract;
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

  /** A contract file to emulate and check against instead of the bundled one, or null. */
  public Path contract() {
    return contract;
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
        + ", maxHeaderSize=" + maxHeaderSize
        + ", maxInitialLineLength=" + maxInitialLineLength
        + ", maxBodySize=" + maxBodySize
        + ", idleTimeout=" + idleTimeout
        + ", shutdownTimeout=" + shutdownTimeout
        + (contract == null ? "" : ", contract=" + contract) + "}";
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
    private int maxHeaderSize = 8192;
    private int maxInitialLineLength = 4096;
    private long maxBodySize = 1024 * 1024;
    private Duration idleTimeout = Duration.ofSeconds(60);
    private Duration shutdownTimeout = Duration.ofSeconds(10);
    private Path contract;

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
     * Emulates and checks against this contract file instead of the bundled one: a newer copy of
     * Kaiten's contract, or a deliberately changed one to see what the checks catch.
     */
    public Builder contract(Path file) {
      this.contract = file;
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
