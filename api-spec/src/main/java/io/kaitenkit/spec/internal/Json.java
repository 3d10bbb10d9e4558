package io.kaitenkit.spec.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson mapper of the contract module; mappers are thread-safe once configured. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Parses JSON text, or returns null with the reason in {@code error[0]}. */
  static JsonNode parse(String text, String[] error) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      error[0] = e.getOriginalMessage() + locationOf(e);
      return null;
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write example as JSON", e);
    }
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
