package io.kaitenkit.mock.junit5;

import io.kaitenkit.mock.KaitenMockServer;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server in JUnit's store for the scope that started it. JUnit 5.13 and later close it as an
 * {@link AutoCloseable}, earlier versions as a {@code CloseableResource}; either way once.
 */
@SuppressWarnings("deprecation") // CloseableResource, for JUnit before 5.13
final class ScopedServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {
  private final KaitenMockServer server;
  private final boolean resetOnEachTest;
  private volatile boolean closed;

  ScopedServer(KaitenMockServer server, boolean resetOnEachTest) {
    this.server = server;
    this.resetOnEachTest = resetOnEachTest;
  }

  KaitenMockServer server() {
    return server;
  }

  /** Whether state, journal and faults go back to the start before each test. */
  boolean resetOnEachTest() {
    return resetOnEachTest;
  }

  boolean closed() {
    return closed;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      server.close();
    }
  }
}
