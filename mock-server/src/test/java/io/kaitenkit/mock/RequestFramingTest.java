package io.kaitenkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests whose framing is ambiguous (RFC 9112 §6.3) or whose version the mock does not speak get a
 * JSON error and a closed connection, even when the client asked to keep it open: nothing after them
 * on the connection is read as another request.
 */
class RequestFramingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void chunkedWithContentLengthIs400AndTheSmuggledRequestIsNeverAnswered() throws IOException {
    String before = MOCK.server().state().toJson();
    // The chunked body ends at "0\r\n\r\n"; a reader trusting Content-Length would take the DELETE as body.
    String smuggled = "DELETE /api/latest/groups/developers/users/42 HTTP/1.1\r\nHost: " + host()
        + "\r\nAuthorization: Bearer demo-admin-token\r\n\r\n";
    String wire = "POST /api/latest/groups/developers/users HTTP/1.1\r\nHost: " + host()
        + "\r\nAuthorization: Bearer demo-admin-token\r\nContent-Type: application/json"
        + "\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled;

    String answer = exchangeUntilClosed(wire);

    assertIsJsonErrorThatCloses(answer, 400, "both Transfer-Encoding and Content-Length");
    assertThat(answer.split("HTTP/1\\.1 ", -1)).as("one answer only").hasSize(2);
    assertThat(MOCK.server().state().toJson()).isEqualTo(before);
    assertThat(MOCK.server().requests()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Transfer-Encoding: chunked\r\nContent-Length: 5",
      "Content-Length: 5\r\nTransfer-Encoding: chunked",
      "Transfer-Encoding: gzip, chunked\r\nContent-Length: 5",
      "Transfer-Encoding: gzip\r\nContent-Length: 5",
      "transfer-encoding: CHUNKED\r\ncontent-length: 0"})
  void everyMixOfTheTwoHeadersIsRefused(String headers) throws IOException {
    String answer = exchangeUntilClosed("POST /api/latest/groups/developers/users HTTP/1.1\r\nHost: " + host()
        + "\r\nAuthorization: Bearer demo-admin-token\r\nContent-Type: application/json\r\n" + headers
        + "\r\n\r\n0\r\n\r\n");

    assertIsJsonErrorThatCloses(answer, 400, "both Transfer-Encoding and Content-Length");
  }

  @Test
  void anHttp10RequestWithBothHeadersIsRefusedToo() throws IOException {
    String answer = exchangeUntilClosed("POST /__admin/reset HTTP/1.0\r\nHost: " + host()
        + "\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.0 400");
    assertThat(body(answer).path("message").asText()).contains("both Transfer-Encoding and Content-Length");
  }

  @Test
  void aChunkedRequestWithoutContentLengthIsStillServed() throws IOException {
    String body = "{\"user_id\":1}";
    String answer = exchangeUntilClosed("POST /api/latest/groups/developers/users HTTP/1.1\r\nHost: " + host()
        + "\r\nAuthorization: Bearer demo-admin-token\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked"
        + "\r\nConnection: close\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 ");
    assertThat(answer).doesNotContain("Transfer-Encoding and Content-Length");
    assertThat(MOCK.server().requests()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HTTP/1.7", "HTTP/2.0", "HTTP/0.9", "HTTP/3.1"})
  void anUnknownHttpVersionIs505WithAJsonMessage(String version) throws IOException {
    String answer = exchangeUntilClosed("GET /api/latest/groups/developers/users " + version + "\r\nHost: " + host()
        + "\r\nAuthorization: Bearer demo-admin-token\r\n\r\n");

    assertIsJsonErrorThatCloses(answer, 505, "HTTP version not supported: send HTTP/1.1 or HTTP/1.0");
    assertThat(MOCK.server().requests()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"FOO/1.1", "HTTPS/1.1"})
  void aProtocolOtherThanHttpIs400WithAJsonMessage(String version) throws IOException {
    String answer = exchangeUntilClosed("GET / " + version + "\r\nHost: " + host() + "\r\n\r\n");

    assertIsJsonErrorThatCloses(answer, 400, "must end in HTTP/1.1 or HTTP/1.0");
  }

  private static void assertIsJsonErrorThatCloses(String answer, int status, String message) throws IOException {
    assertThat(answer).startsWith("HTTP/1.1 " + status + " ");
    String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
    assertThat(head).contains("content-type: application/json").contains("connection: close");
    assertThat(body(answer).path("message").asText()).contains(message);
  }

  private static JsonNode body(String answer) throws IOException {
    return JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
  }

  /**
   * Sends the bytes on one connection that asks to be kept open and reads until the server closes it;
   * a server that keeps it open fails the test through the socket's read timeout.
   */
  private static String exchangeUntilClosed(String wire) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", MOCK.server().port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(wire.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        read.write(buffer, 0, n);
      }
      return read.toString(StandardCharsets.UTF_8);
    }
  }

  private static String host() {
    return "127.0.0.1:" + MOCK.server().port();
  }
}
