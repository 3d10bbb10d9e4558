package io.kaitenkit.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Sends request bytes exactly as written, for requests that a well-behaved client refuses to make. */
final class RawHttp {
  private RawHttp() {}

  /**
   * Sends {@code METHOD target HTTP/1.1} with the given header lines and {@code Connection: close}, and
   * answers everything the server wrote until it closed the connection.
   */
  static String exchange(KaitenMockServer kaiten, String method, String target, String... headerLines) {
    URI base = URI.create(kaiten.baseUrl());
    StringBuilder request = new StringBuilder()
        .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + target + " failed", e);
    }
  }
}
