package io.kaitenkit.mock.internal.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the user id of an add request whose body the contract has already accepted. */
public final class UserIds {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private UserIds() {}

  public static long fromBody(String body) {
    try {
      return MAPPER.readTree(body).get("user_id").asLong();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("validated body is not JSON", e);
    }
  }
}
