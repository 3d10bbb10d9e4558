package io.kaitenkit.spec;

import java.util.Map;

/**
 * One response the contract documents for an operation.
 *
 * @param status the status code
 * @param description the contract's description of the response
 * @param contentType the documented media type, or null for a response without a body
 * @param example the documented example body as text (JSON for {@code application/json}), or null
 * @param exampleHeaders the documented example value of each response header
 * @param mockOnly true when only the mock sends this response ({@code x-kaiten-mock-only})
 * @param assumption why the kit assumes this behaviour ({@code x-kaiten-assumption}), or null
 */
public record DocumentedResponse(
    int status,
    String description,
    String contentType,
    String example,
    Map<String, String> exampleHeaders,
    boolean mockOnly,
    String assumption) {

  public DocumentedResponse {
    exampleHeaders = Map.copyOf(exampleHeaders);
  }

  /** True when the contract documents a body for this response. */
  public boolean hasBody() {
    return contentType != null;
  }
}
