package io.kaitenkit.spec.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kaitenkit.spec.JsonErrors;

/** The one Jackson mapper of the contract module; mappers are thread-safe once configured. */
public final class Json {
  // Big decimals keep 1e400 a number the validator can judge, instead of a double's Infinity. Text
  // after the document and keys given twice are errors: the validator would judge one reading while a
  // server might act on another.
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private Json() {}

  /** Parses JSON text, or returns null with the reason in {@code error[0]}. */
  static JsonNode parse(String text, String[] error) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      error[0] = e.getOriginalMessage() + JsonErrors.location(e);
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
}
