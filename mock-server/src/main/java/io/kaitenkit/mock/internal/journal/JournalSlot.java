package io.kaitenkit.mock.internal.journal;

import io.kaitenkit.mock.internal.redaction.QueryRedaction;
import io.kaitenkit.spec.Violation;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One place of the journal's ring, written over and over. The variable parts of a request (path,
 * headers, violations) are copied into the slot's own byte array, so that recording a request
 * leaves no new object alive: the garbage collector then has nothing of the journal to copy on each
 * young collection, which keeps its pauses short under load. The body has an array of its own, so
 * that the {@link Journal} can count the bytes bodies hold and give them up when over its budget.
 */
final class JournalSlot {
  /** Bodies longer than this are kept in part; the entry says how long they were. */
  static final int MAX_BODY = 64 * 1024;
  private static final int INITIAL_SIZE = 1024;

  private long sequence;
  private long receivedAtMillis;
  private String method;
  private String operationId;
  private int status;
  private long durationMicros;
  private byte[] data = new byte[INITIAL_SIZE];
  private int length;
  private byte[] body; // null when the request had none or the journal dropped it
  private int bodySize = -1; // the body's length as received, -1 for none
  private int bodyKept;

  /**
   * Overwrites the slot with a request, keeping at most {@code bodyAllowance} bytes of its body.
   * The caller reads {@link #bodyBytes()} before and after to keep its count of body bytes.
   */
  void write(long sequence, long receivedAtMillis, String method, String path, String query,
      Iterable<Map.Entry<String, String>> headers, RedactionMemo redactions, Buffer body, int status,
      String operationId, long durationMicros, List<Violation> violations, int bodyAllowance) {
    this.sequence = sequence;
    this.receivedAtMillis = receivedAtMillis;
    this.method = method;
    this.status = status;
    this.operationId = operationId;
    this.durationMicros = durationMicros;
    length = 0;
    if (data.length > MAX_BODY) {
      data = new byte[INITIAL_SIZE]; // one huge request does not keep its space forever
    }
    writeString(path);
    writeString(QueryRedaction.redact(query));
    int countAt = reserveInt();
    int count = 0;
    for (Map.Entry<String, String> header : headers) {
      String name = header.getKey();
      writeString(name);
      byte[] redacted = redactions.redacted(name, header.getValue());
      if (redacted != null) {
        writeBytes(redacted);
      } else {
        writeString(header.getValue());
      }
      count++;
    }
    putInt(countAt, count);
    writeBody(body, bodyAllowance);
    writeInt(violations.size());
    for (Violation violation : violations) {
      writeString(violation.location());
      writeString(violation.message());
    }
  }

  RecordedExchange read() {
    Reader in = new Reader();
    String path = in.string();
    String query = in.string();
    int headerCount = in.integer();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 0; i < headerCount; i++) {
      String name = in.string();
      String value = in.string();
      headers.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
    }
    String body = bodyText();
    int violationCount = in.integer();
    List<Violation> violations = violationCount == 0 ? Collections.emptyList() : new ArrayList<>(violationCount);
    for (int i = 0; i < violationCount; i++) {
      violations.add(new Violation(in.string(), in.string()));
    }
    return new RecordedExchange(sequence, Instant.ofEpochMilli(receivedAtMillis), method, path, query,
        headers, body, status, operationId, durationMicros, violations);
  }

  long sequence() {
    return sequence;
  }

  /** The bytes this slot's body holds on the heap: its array's length, not only what is used of it. */
  int bodyBytes() {
    return body == null ? 0 : body.length;
  }

  /** Gives up the body; the entry stays, and says the body was dropped and how long it was. */
  void dropBody() {
    body = null;
  }

  private void writeBody(Buffer received, int bodyAllowance) {
    if (received == null || received.length() == 0) {
      bodySize = -1;
      bodyKept = 0;
      body = null;
      return;
    }
    bodySize = received.length();
    bodyKept = Math.min(bodySize, Math.min(MAX_BODY, bodyAllowance));
    if (bodyKept == 0) {
      body = null;
      return;
    }
    if (body == null || body.length < bodyKept || body.length > Math.min(2 * bodyKept, bodyAllowance)) {
      body = new byte[bodyKept]; // reused when it fits closely, so the count stays near what is kept
    }
    received.getBytes(0, bodyKept, body, 0);
  }

  private String bodyText() {
    if (bodySize < 0) {
      return null;
    }
    if (body == null) {
      return "…(" + bodySize + " bytes, dropped: the journal keeps a limited number of bytes of bodies)";
    }
    String value = new String(body, 0, bodyKept, StandardCharsets.UTF_8);
    return bodyKept == bodySize ? value : value + "…(" + bodySize + " bytes, the first " + bodyKept + " kept)";
  }

  private void writeString(String value) {
    if (value == null) {
      writeInt(-1);
      return;
    }
    if (writeAscii(value)) {
      return;
    }
    writeBytes(value.getBytes(StandardCharsets.UTF_8));
  }

  /** A string's UTF-8 bytes, read back as {@link #writeString} wrote them. */
  private void writeBytes(byte[] bytes) {
    writeInt(bytes.length);
    ensure(bytes.length);
    System.arraycopy(bytes, 0, data, length, bytes.length);
    length += bytes.length;
  }

  /** Copies a string of ASCII characters (nearly every header and path) without an intermediate array. */
  private boolean writeAscii(String value) {
    int size = value.length();
    ensure(4 + size);
    int at = length + 4;
    for (int i = 0; i < size; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      data[at + i] = (byte) c;
    }
    writeInt(size);
    length += size;
    return true;
  }

  private int reserveInt() {
    int at = length;
    writeInt(0);
    return at;
  }

  private void writeInt(int value) {
    ensure(4);
    putInt(length, value);
    length += 4;
  }

  private void putInt(int at, int value) {
    data[at] = (byte) (value >>> 24);
    data[at + 1] = (byte) (value >>> 16);
    data[at + 2] = (byte) (value >>> 8);
    data[at + 3] = (byte) value;
  }

  private void ensure(int more) {
    if (length + more > data.length) {
      byte[] larger = new byte[Math.max(data.length * 2, length + more)];
      System.arraycopy(data, 0, larger, 0, length);
      data = larger;
    }
  }

  /** Reads the fields back in the order {@link #write} put them. */
  private final class Reader {
    private int at;

    int integer() {
      int value = ((data[at] & 0xff) << 24) | ((data[at + 1] & 0xff) << 16) | ((data[at + 2] & 0xff) << 8)
          | (data[at + 3] & 0xff);
      at += 4;
      return value;
    }

    String string() {
      int size = integer();
      if (size < 0) {
        return null;
      }
      String value = new String(data, at, size, StandardCharsets.UTF_8);
      at += size;
      return value;
    }
  }
}
