package io.kaitenkit.client;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.SocketHandler;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;
import okio.Socket;

/**
 * Sends the first bytes of a body, then waits for the client to close the connection, and says whether
 * it did: how a test sees that the client gives up on an exchange rather than leaving it open.
 */
final class HangUp implements SocketHandler {
  private final CountDownLatch hungUp = new CountDownLatch(1);

  @Override
  public void handle(Socket socket) {
    try {
      BufferedSink out = Okio.buffer(socket.getSink());
      out.writeUtf8("[{\"");
      out.flush();
      BufferedSource in = Okio.buffer(socket.getSource());
      while (!in.exhausted()) {
        in.skip(in.getBuffer().size());
      }
    } catch (IOException reset) {
      // A reset is a hang-up too.
    }
    hungUp.countDown();
  }

  /** Whether the client closed the connection within 5 s. */
  boolean awaited() throws InterruptedException {
    return hungUp.await(5, TimeUnit.SECONDS);
  }
}
