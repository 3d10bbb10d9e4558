package io.kaitenkit.spec;

import com.fasterxml.jackson.core.JsonProcessingException;

/** How every message of the kit says where JSON text went wrong. */
public final class JsonErrors {
  private JsonErrors() {}

  /** {@code " (line 3, column 7)"}, or empty when Jackson knows no location. */
  public static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
