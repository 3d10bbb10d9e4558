package io.kaitenkit.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw socket server for what an HTTP server will not do: reset the connection after reading a request,
 * never answer, or stop midway through a body. It plays its script one action per request, then repeats
 * the last action.
 */
final class RawStub implements AutoCloseable {
  /** What to do with one request. */
  enum Action {
    /** Read the request, then close with SO_LINGER 0, which sends a TCP reset. */
    RESET,
    /** Read the request and never answer; notice when the client hangs up. */
    SILENCE,
    /** Send a 200's headers announcing 100 bytes of body, send 3, then nothing more; notice a hang-up. */
    STALL_BODY,
    /** Answer 200 with an empty JSON array and keep the connection open. */
    EMPTY_LIST
  }

  private final ServerSocket serverSocket;
  private final Queue<Action> script;
  private final Action last;
  private final AtomicInteger requestCount = new AtomicInteger();
  private final List<String> requestLines = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final Semaphore hangUps = new Semaphore(0);
  private final Semaphore arrivals = new Semaphore(0);

  private RawStub(Action... script) {
    this.script = new ConcurrentLinkedQueue<>(List.of(script));
    this.last = script[script.length - 1];
    try {
      serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::acceptLoop, "raw-stub-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static RawStub start(Action... script) {
    return new RawStub(script);
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + "/api/latest");
  }

  /** How many requests arrived (a request counts once its head and body are read). */
  int requestCount() {
    return requestCount.get();
  }

  /** The request lines received, e.g. {@code DELETE /api/latest/groups/g/users/42 HTTP/1.1}. */
  List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        sockets.add(socket);
        Thread connection = new Thread(() -> serve(socket), "raw-stub-connection");
        connection.setDaemon(true);
        connection.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      while (true) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        in.readNBytes(contentLength(head));
        requestLines.add(head.lines().findFirst().orElse(""));
        requestCount.incrementAndGet();
        arrivals.release();
        Action action = next();
        switch (action) {
          case RESET:
            socket.setSoLinger(true, 0);
            socket.close();
            return;
          case SILENCE:
            awaitHangUp(in);
            return;
          case STALL_BODY:
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[{\""
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            awaitHangUp(in);
            return;
          case EMPTY_LIST:
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]"
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            break;
          default:
            throw new IllegalStateException("unknown action " + action);
        }
      }
    } catch (IOException closed) {
      // The client went away or close() closed the socket.
    }
  }

  /** Waits up to 5 s for the next request to arrive. */
  boolean awaitRequest() throws InterruptedException {
    return arrivals.tryAcquire(5, TimeUnit.SECONDS);
  }

  /** Waits up to 5 s for the client to close a connection that was left without (a whole) answer. */
  boolean awaitClientHangUp() throws InterruptedException {
    return hangUps.tryAcquire(5, TimeUnit.SECONDS);
  }

  private void awaitHangUp(InputStream in) {
    try {
      while (in.read() != -1) {
        // Discard: the client has nothing more to say on a connection it is waiting on.
      }
    } catch (IOException reset) {
      // A reset is a hang-up too.
    }
    if (!serverSocket.isClosed()) {
      hangUps.release();
    }
  }

  private Action next() {
    Action action = script.poll();
    return action != null ? action : last;
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        return head.toString(StandardCharsets.US_ASCII);
      }
    }
    return null;
  }

  private static int contentLength(String head) {
    return head.lines()
        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
        .map(line -> Integer.parseInt(line.substring("content-length:".length()).strip()))
        .findFirst()
        .orElse(0);
  }
}
