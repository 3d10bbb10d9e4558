package io.kaitenkit.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes request bytes to the mock exactly as given and reads one answer: for the hostile inputs a
 * well-behaved client refuses to send. Reads until the server closes or the declared body is complete.
 */
final class RawExchange {
  /** The answer's status and body; status 0 when the server closed without answering. */
  record Answer(int status, String head, String body) {}

  private RawExchange() {}

  /** A request head (ending in its blank line) and its body, as the bytes sent. */
  static byte[] bytes(String head, byte[] body) {
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[start.length + body.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(body, 0, all, start.length, body.length);
    return all;
  }

  static Answer send(int port, byte[] request) throws IOException {
    return sendInTurn(port, request).get(0);
  }

  /** Sends the requests on one connection, each once the answer to the one before has been read. */
  static List<Answer> sendInTurn(int port, byte[]... requests) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      List<Answer> answers = new ArrayList<>();
      for (byte[] request : requests) {
        try {
          socket.getOutputStream().write(request);
          socket.getOutputStream().flush();
        } catch (SocketException e) {
          // The server may answer and close before it has read everything (413, 431); read the answer.
        }
        answers.add(read(socket.getInputStream()));
      }
      return answers;
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int headEnd = -1;
    int contentLength = -1;
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        bytes.write(buffer, 0, n);
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
          contentLength = contentLength(text.substring(0, headEnd));
        }
        if (headEnd >= 0 && contentLength >= 0 && bytes.size() >= headEnd + 4 + contentLength) {
          break;
        }
      }
    } catch (SocketException e) {
      // a reset after a complete answer still leaves the answer
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    // Vert.x answers a request line it cannot parse in HTTP/1.0.
    if (!text.startsWith("HTTP/1.") || text.length() < 12) {
      return new Answer(0, text, "");
    }
    int split = text.indexOf("\r\n\r\n");
    String head = split < 0 ? text : text.substring(0, split);
    String body = split < 0 ? "" : text.substring(split + 4);
    return new Answer(Integer.parseInt(text.substring(9, 12)), head, body);
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
        return Integer.parseInt(line.substring(15).trim());
      }
    }
    return -1;
  }
}
