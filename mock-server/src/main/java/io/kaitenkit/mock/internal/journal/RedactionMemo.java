package io.kaitenkit.mock.internal.journal;

import io.kaitenkit.mock.internal.redaction.HeaderRedaction;
import java.nio.charset.StandardCharsets;

/**
 * The last credential header the journal redacted, with the bytes it records for it: a client sends
 * the same token with every request, and redacting and encoding it anew took a sixteenth of a
 * DELETE's profiled samples. Used under the journal's lock.
 */
final class RedactionMemo {
  private String name;
  private String value;
  private byte[] recorded;

  /** The header's value as the journal records it, in UTF-8; null when it is recorded as it came. */
  byte[] redacted(String name, String value) {
    if (value == null) {
      return null;
    }
    if (value.equals(this.value) && name.equals(this.name)) {
      return recorded;
    }
    String redacted = HeaderRedaction.redactValue(name, value);
    if (redacted.equals(value)) {
      return null;
    }
    this.name = name;
    this.value = value;
    this.recorded = redacted.getBytes(StandardCharsets.UTF_8);
    return recorded;
  }
}
