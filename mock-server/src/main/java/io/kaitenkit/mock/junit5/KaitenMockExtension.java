package io.kaitenkit.mock.junit5;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.mock.LiveState;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.KaitenAdmin;
import io.kaitenkit.mock.admin.RecordedExchange;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * <p>In a static field one server serves the whole class, its subclasses' tests and its {@code @Nested}
 * classes; in an instance field each test gets its own. A server is started only when none runs for the
 * scope yet, kept in JUnit's store and closed by JUnit when the scope ends. By default the state, journal
 * and faults are reset before each test, and a test fails when the mock answered it against the contract
 * (strict mode). Test methods and constructors may take a {@link KaitenMockInfo} or a {@link KaitenAdmin}.
 */
public final class KaitenMockExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    ParameterResolver {

  private final MockOptions configuredOptions;
  private final Boolean configuredReset;
  private final boolean failOnStrictViolations;
  private final ExtensionContext.Namespace namespace;
  private volatile ScopedServer current;

  /** Used by {@link KaitenMockTest}: options come from the annotation. */
  public KaitenMockExtension() {
    this(null, null, true);
  }

  private KaitenMockExtension(MockOptions options, Boolean resetOnEachTest, boolean failOnStrictViolations) {
    this.configuredOptions = options;
    this.configuredReset = resetOnEachTest;
    this.failOnStrictViolations = failOnStrictViolations;
    // Per extension instance: two extensions in one class run two servers; a nested class finds its outer one.
    this.namespace = ExtensionContext.Namespace.create(KaitenMockExtension.class, this);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ScopedServer outer = context.getStore(namespace).get(ScopedServer.class, ScopedServer.class);
    ScopedServer scoped = running(context); // an instance field starts one for this test here
    if (scoped == outer && scoped.resetOnEachTest()) {
      scoped.server().reset();
    }
    // What this test does is what the journal numbers after this mark: nothing needs clearing or decoding.
    context.getStore(namespace).put(Watermark.class, new Watermark(scoped.server().lastSequence()));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    KaitenMockServer server = running(context).server();
    Watermark before = context.getStore(namespace).get(Watermark.class, Watermark.class);
    if (!failOnStrictViolations || !server.options().strict() || before == null) {
      return;
    }
    List<RecordedExchange> offending = server.requestsAfter(before.sequence()).stream()
        .filter(request -> !request.violations().isEmpty())
        .toList();
    if (!offending.isEmpty()) {
      throw new AssertionError("The Kaiten mock answered against the contract during this test:\n  "
          + String.join("\n  ", offending.stream().map(RecordedExchange::toString).toList()));
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == KaitenMockInfo.class || type == KaitenAdmin.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    KaitenMockServer server = running(context).server();
    return parameter.getParameter().getType() == KaitenAdmin.class ? server : infoOf(server);
  }

  /** Where the mock is and which tokens it knows. */
  public KaitenMockInfo info() {
    return infoOf(server());
  }

  /** The running server, for everything the delegates below do not cover. */
  public KaitenMockServer server() {
    ScopedServer scoped = current;
    if (scoped == null || scoped.closed()) {
      throw new IllegalStateException("the Kaiten mock runs only while a test of its class runs");
    }
    return scoped.server();
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

  private static KaitenMockInfo infoOf(KaitenMockServer server) {
    return new KaitenMockInfo(server.baseUrl(), server.adminUrl(), server.state().tokens());
  }

  /**
   * The server this scope or an enclosing one runs (the store looks in the parents too), or a new one
   * kept in this scope's store, which JUnit closes when the scope ends.
   */
  private ScopedServer running(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(namespace);
    ScopedServer scoped = store.get(ScopedServer.class, ScopedServer.class);
    if (scoped == null) {
      scoped = start(context);
      store.put(ScopedServer.class, scoped);
    }
    current = scoped;
    return scoped;
  }

  private ScopedServer start(ExtensionContext context) {
    MockOptions options = configuredOptions;
    boolean reset = configuredReset == null || configuredReset;
    if (options == null) {
      KaitenMockTest annotation = context.getTestClass().map(KaitenMockExtension::annotationOf).orElse(null);
      MockOptions.Builder builder = MockOptions.builder();
      if (annotation != null) {
        builder.fixture(annotation.fixture()).strict(annotation.strict()).rateLimit(annotation.rateLimit());
        reset = configuredReset == null ? annotation.resetOnEachTest() : configuredReset;
      }
      options = builder.build();
    }
    return new ScopedServer(KaitenMockServer.start(options), reset);
  }

  /** The annotation on the class, a superclass (it lends its tests to subclasses) or an enclosing class. */
  private static KaitenMockTest annotationOf(Class<?> testClass) {
    for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
      for (Class<?> level = type; level != null; level = level.getSuperclass()) {
        KaitenMockTest found = AnnotationSupport.findAnnotation(level, KaitenMockTest.class).orElse(null);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The sequence number of the last request decided before a test began. */
  private record Watermark(long sequence) {}

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
