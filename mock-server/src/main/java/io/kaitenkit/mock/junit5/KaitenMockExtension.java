package io.kaitenkit.mock.junit5;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.LiveState;
import io.kaitenkit.mock.admin.RecordedExchange;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link KaitenMockServer} for JUnit 5 tests.
 *
 * <pre>{@code
 * @RegisterExtension
 * static KaitenMockExtension kaiten = KaitenMockExtension.builder().build();
 * }</pre>
 *
 * <p>In a static field one server serves the whole class; in an instance field each test gets its own.
 * By default the state, journal and faults are reset before each test, and a test fails when the mock
 * answered it against the contract (strict mode).
 */
public final class KaitenMockExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final MockOptions configuredOptions;
  private final Boolean configuredReset;
  private final boolean failOnStrictViolations;
  private KaitenMockServer server;
  private boolean perClass;
  private boolean resetOnEachTest;
  private long lastSequenceBeforeTest;

  /** Used by {@link KaitenMockTest}: options come from the annotation. */
  public KaitenMockExtension() {
    this(null, null, true);
  }

  private KaitenMockExtension(MockOptions options, Boolean resetOnEachTest, boolean failOnStrictViolations) {
    this.configuredOptions = options;
    this.configuredReset = resetOnEachTest;
    this.failOnStrictViolations = failOnStrictViolations;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = start(context);
    perClass = true;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (perClass) {
      stop();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      server = start(context); // an instance field: one server per test
    } else if (resetOnEachTest) {
      server.reset();
    }
    lastSequenceBeforeTest = lastSequence();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (failOnStrictViolations && server.options().strict()) {
        List<RecordedExchange> offending = server.requests().stream()
            .filter(request -> request.sequence() > lastSequenceBeforeTest && !request.violations().isEmpty())
            .toList();
        if (!offending.isEmpty()) {
          throw new AssertionError("The Kaiten mock answered against the contract during this test:\n  "
              + String.join("\n  ", offending.stream().map(RecordedExchange::toString).toList()));
        }
      }
    } finally {
      if (!perClass) {
        stop();
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KaitenMockInfo.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (server == null) {
      server = start(context);
      perClass = context.getTestMethod().isEmpty();
    }
    return info();
  }

  /** Where the mock is and which tokens it knows. */
  public KaitenMockInfo info() {
    return new KaitenMockInfo(server().baseUrl(), server().adminUrl(), server().state().tokens());
  }

  /** The running server, for everything the delegates below do not cover. */
  public KaitenMockServer server() {
    if (server == null) {
      throw new IllegalStateException("the Kaiten mock runs only while a test of its class runs");
    }
    return server;
  }

  public String baseUrl() {
    return server().baseUrl();
  }

  public LiveState state() {
    return server().state();
  }

  public RecordedExchange takeRequest(long timeout, TimeUnit unit) throws InterruptedException {
    return server().takeRequest(timeout, unit);
  }

  public long requestCount() {
    return server().requestCount();
  }

  /** The journal's requests, oldest first. */
  public List<RecordedExchange> requests() {
    return server().requests();
  }

  public Fault addFault(Fault fault) {
    return server().addFault(fault);
  }

  public void setUpProviderState(String sentence, Map<String, ?> params) {
    server().setUpProviderState(sentence, params);
  }

  private KaitenMockServer start(ExtensionContext context) {
    MockOptions options = configuredOptions;
    resetOnEachTest = configuredReset == null || configuredReset;
    if (options == null) {
      KaitenMockTest annotation = context.getTestClass()
          .flatMap(type -> AnnotationSupport.findAnnotation(type, KaitenMockTest.class))
          .orElse(null);
      MockOptions.Builder builder = MockOptions.builder();
      if (annotation != null) {
        builder.fixture(annotation.fixture()).strict(annotation.strict()).rateLimit(annotation.rateLimit());
        resetOnEachTest = configuredReset == null ? annotation.resetOnEachTest() : configuredReset;
      }
      options = builder.build();
    }
    return KaitenMockServer.start(options);
  }

  private void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  private long lastSequence() {
    return server.requests().stream().mapToLong(RecordedExchange::sequence).max().orElse(0);
  }

  /** Builds a {@link KaitenMockExtension}. */
  public static final class Builder {
    private MockOptions options = MockOptions.defaults();
    private boolean resetOnEachTest = true;
    private boolean failOnStrictViolations = true;

    private Builder() {}

    /** The options of the server; by default loopback, a free port, the demo fixture, strict mode. */
    public Builder options(MockOptions options) {
      this.options = requireNonNull(options, "options == null");
      return this;
    }

    /** A bundled fixture's name or a fixture file's path. */
    public Builder fixture(String nameOrPath) {
      this.options = options.toBuilder().fixture(nameOrPath).build();
      return this;
    }

    /** Whether state, journal and faults are reset before each test (default true). */
    public Builder resetOnEachTest(boolean reset) {
      this.resetOnEachTest = reset;
      return this;
    }

    /** Whether a test fails when the mock answered it against the contract (default true). */
    public Builder failOnStrictViolations(boolean fail) {
      this.failOnStrictViolations = fail;
      return this;
    }

    public KaitenMockExtension build() {
      return new KaitenMockExtension(options, resetOnEachTest, failOnStrictViolations);
    }
  }
}
