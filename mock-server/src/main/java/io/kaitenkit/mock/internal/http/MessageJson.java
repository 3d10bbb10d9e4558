package io.kaitenkit.mock.internal.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** Writes {@code {"message": "…"}} with the text escaped as a JSON string. */
public final class MessageJson {
  private MessageJson() {}

  public static String of(String message) {
    return "{\"message\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"}";
  }
}
