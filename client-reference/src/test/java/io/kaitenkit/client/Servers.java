package io.kaitenkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/** MockWebServer as the client's tests use it: on 127.0.0.1, answering 500 when nothing is enqueued. */
final class Servers {
  private Servers() {}

  static MockWebServer start() {
    MockWebServer server = new MockWebServer();
    QueueDispatcher queue = new QueueDispatcher();
    queue.setFailFast(new MockResponse(500, Headers.of("Content-Type", "text/plain"), "nothing enqueued"));
    server.setDispatcher(queue);
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /** A server that answers every request with the response. */
  static MockWebServer always(MockResponse response) {
    MockWebServer server = start();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response;
      }
    });
    return server;
  }

  /** The base URI a client should be given: {@code http://127.0.0.1:<port>/api/latest}. */
  static URI baseUri(MockWebServer server) {
    return URI.create("http://127.0.0.1:" + server.getPort() + "/api/latest");
  }

  /** The next request received, waiting up to 5 s for it. */
  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request within 5 s").isNotNull();
    return request;
  }

  /** The request's body as text; empty when it had none. */
  static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }
}
