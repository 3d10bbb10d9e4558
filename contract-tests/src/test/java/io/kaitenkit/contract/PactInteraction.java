package io.kaitenkit.contract;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.ProviderState;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.ApiRequest;
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One HTTP interaction of a pact file, as the contract checks see it: the request the consumer sends and the
 * response it expects, with the examples the pact records.
 *
 * @param source the pact file's name
 * @param description the interaction's description, unique in its pact
 * @param states the provider states it is given
 */
record PactInteraction(
    String source,
    String description,
    List<String> states,
    String method,
    String path,
    String query,
    Map<String, List<String>> requestHeaders,
    String requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    String responseBody) {

  PactInteraction {
    states = List.copyOf(states);
    requestHeaders = Map.copyOf(requestHeaders);
    responseHeaders = Map.copyOf(responseHeaders);
  }

  /** The interaction as Pact's model holds it; throws when it is not request/response (HTTP). */
  static PactInteraction of(String source, Interaction interaction) {
    if (!interaction.isSynchronousRequestResponse()) {
      throw new IllegalArgumentException("interaction \"" + interaction.getDescription() + "\" in " + source
          + " is not an HTTP request/response");
    }
    IRequest request = interaction.asSynchronousRequestResponse().getRequest();
    IResponse response = interaction.asSynchronousRequestResponse().getResponse();
    return new PactInteraction(
        source,
        interaction.getDescription(),
        interaction.getProviderStates().stream().map(ProviderState::getName).toList(),
        request.getMethod().toUpperCase(Locale.ROOT),
        request.getPath(),
        queryOf(request.getQuery()),
        request.getHeaders(),
        text(request.getBody()),
        response.getStatus(),
        response.getHeaders(),
        text(response.getBody()));
  }

  /** The contract's operation for the request's method and path, if any. */
  Optional<ApiOperation> operation(KaitenApiSpec spec) {
    return spec.findOperation(method, path);
  }

  /** The operation id, or a placeholder naming the method and path when no operation matches. */
  String operationId(KaitenApiSpec spec) {
    return operation(spec).map(ApiOperation::id).orElse(method + " " + path);
  }

  ApiRequest request() {
    return new ApiRequest(method, path, query, requestHeaders, requestBody);
  }

  ApiResponse response() {
    return new ApiResponse(status, responseHeaders, responseBody);
  }

  /** How a failure message names it: {@code interaction "…" (file.json)}. */
  String name() {
    return "interaction \"" + description + "\" (" + source + ")";
  }

  private static String text(OptionalBody body) {
    return body == null || !body.isPresent() ? null : body.valueAsString();
  }

  private static String queryOf(Map<String, List<String>> query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    return query.entrySet().stream()
        .flatMap(entry -> entry.getValue().stream().map(value -> entry.getKey() + "=" + value))
        .collect(Collectors.joining("&"));
  }
}
