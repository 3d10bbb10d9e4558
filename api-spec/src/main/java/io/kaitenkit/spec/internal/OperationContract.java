package io.kaitenkit.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.ApiRequest;
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.BearerToken;
import io.kaitenkit.spec.DocumentedResponse;
import io.kaitenkit.spec.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.openapi4j.core.validation.ValidationResults;
import org.openapi4j.core.validation.ValidationSeverity;
import org.openapi4j.operation.validator.model.impl.Body;
import org.openapi4j.operation.validator.validation.OperationValidator;
import org.openapi4j.schema.validator.ValidationData;

/**
 * One operation of the contract with its OpenAPI4J validator. Immutable; the validator is built once
 * (for the bundled contract, on its first use) and only read afterwards, so one instance serves every
 * thread.
 */
public final class OperationContract {
  private static final String AUTHORIZATION = "Authorization";
  // OpenAPI4J's result codes for "no Content-Type" and "Content-Type not documented".
  private static final int CONTENT_TYPE_MISSING = 202;
  private static final int CONTENT_TYPE_NOT_ALLOWED = 203;

  private final ApiOperation operation;
  private final Supplier<OperationValidator> validatorSource;
  private final PathTemplate pathTemplate;
  private final List<PathParameter> pathParameters;
  private final boolean hasQueryParameters;
  private final boolean hasHeaderParameters;
  private final boolean hasRequestBody;
  private final boolean requiresBody;
  private final boolean requiresBearer;

  OperationContract(
      ApiOperation operation,
      Supplier<OperationValidator> validatorSource,
      PathTemplate pathTemplate,
      List<PathParameter> pathParameters,
      boolean hasQueryParameters,
      boolean hasHeaderParameters,
      boolean hasRequestBody,
      boolean requiresBody,
      boolean requiresBearer) {
    this.operation = operation;
    this.validatorSource = validatorSource;
    this.pathTemplate = pathTemplate;
    this.pathParameters = List.copyOf(pathParameters);
    this.hasQueryParameters = hasQueryParameters;
    this.hasHeaderParameters = hasHeaderParameters;
    this.hasRequestBody = hasRequestBody;
    this.requiresBody = requiresBody;
    this.requiresBearer = requiresBearer;
  }

  public ApiOperation operation() {
    return operation;
  }

  /** True when the method and the decoded path belong to this operation. */
  public boolean matches(String method, String decodedPath) {
    return operation.method().equalsIgnoreCase(method) && pathTemplate.values(decodedPath) != null;
  }

  public List<Violation> validateRequest(ApiRequest request) {
    List<Violation> violations = new ArrayList<>();
    if (!operation.method().equalsIgnoreCase(request.method())) {
      violations.add(new Violation("method", request.method() + " is not the method of "
          + operation.id() + " (" + operation.method() + ")"));
    }
    if (requiresBearer) {
      checkBearer(request.header(AUTHORIZATION), violations);
    }
    String decodedPath;
    try {
      decodedPath = PathSegments.decode(request.path());
    } catch (IllegalArgumentException e) {
      violations.add(new Violation("path", e.getMessage() + " in '" + request.path() + "'"));
      return List.copyOf(violations);
    }
    checkPath(decodedPath, violations);
    boolean bodyGiven = request.body() != null && !request.body().isBlank();
    Body body = null;
    if (hasRequestBody && bodyGiven) {
      body = parseBody(request.header("Content-Type"), request.body(), violations);
      if (body == null && !violations.isEmpty()) {
        return List.copyOf(violations);
      }
    }
    SpecRequest specRequest = new SpecRequest(request, decodedPath, body);
    // Fetched only when needed: a request with none of the three parts leaves an unbuilt validator unbuilt.
    OperationValidator validator = hasQueryParameters || hasHeaderParameters || hasRequestBody
        ? validatorSource.get() : null;
    if (hasQueryParameters) {
      check("query", data -> validator.validateQuery(specRequest, data), violations);
    }
    if (hasHeaderParameters) {
      check("header", data -> validator.validateHeaders(specRequest, data), violations);
    }
    if (requiresBody && !bodyGiven) {
      // Said before anything about the content type: the body is what is missing.
      violations.add(new Violation("body", "Body is required but none provided."));
    } else if (hasRequestBody) {
      check("body", data -> validator.validateBody(specRequest, data), violations);
    }
    return violations.isEmpty() ? List.of() : List.copyOf(violations);
  }

  public List<Violation> validateResponse(ApiResponse response) {
    DocumentedResponse documented = operation.response(response.status());
    if (documented == null) {
      return List.of(new Violation("status", response.status() + " is not documented for "
          + operation.id() + " (documented: " + operation.statuses() + ")"));
    }
    List<Violation> violations = new ArrayList<>();
    String contentType = response.header("Content-Type");
    boolean hasBody = response.body() != null && !response.body().isEmpty();
    Body body = null;
    if (!documented.hasBody()) {
      if (hasBody) {
        violations.add(new Violation("body", "status " + response.status() + " of " + operation.id()
            + " has no body in the contract, got " + response.body().length() + " characters"));
      }
    } else if (!hasBody) {
      violations.add(new Violation("body", "missing; the contract documents a " + documented.contentType()
          + " body for status " + response.status() + " of " + operation.id()));
    } else if (contentType == null) {
      violations.add(new Violation("header 'Content-Type'", "missing; the contract documents "
          + documented.contentType() + " for status " + response.status()));
    } else {
      body = parseBody(contentType, response.body(), violations);
    }
    SpecResponse specResponse = new SpecResponse(response, body);
    OperationValidator validator = validatorSource.get();
    check("header", data -> validator.validateHeaders(specResponse, data), violations);
    if (body != null) {
      check("body", data -> validator.validateBody(specResponse, data), violations);
    }
    return List.copyOf(violations);
  }

  private static void checkBearer(String authorization, List<Violation> violations) {
    if (authorization == null) {
      violations.add(new Violation("header 'Authorization'",
          "missing; the contract requires 'Bearer <token>' (security scheme bearerAuth)"));
    } else if (BearerToken.of(authorization) == null) {
      violations.add(new Violation("header 'Authorization'",
          "not of the form 'Bearer <token>' (security scheme bearerAuth)"));
    }
  }

  /** JSON bodies are parsed here once, so that a syntax error gets a readable message. */
  private static Body parseBody(String contentType, String text, List<Violation> violations) {
    if (contentType == null || !isJson(contentType)) {
      return Body.from(text);
    }
    String[] error = new String[1];
    JsonNode node = Json.parse(text, error);
    if (node == null) {
      violations.add(new Violation("body", "not valid JSON: " + error[0]));
      return null;
    }
    return Body.from(node);
  }

  private static boolean isJson(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("application/json") || type.contains("+json");
  }

  /** The path against the template and each path parameter against its schema. */
  private void checkPath(String decodedPath, List<Violation> violations) {
    String[] values = pathTemplate.values(decodedPath);
    if (values == null) {
      violations.add(new Violation("path", "Path template '" + operation.path() + "' has not been found from value '"
          + decodedPath + "'."));
      return;
    }
    for (int i = 0; i < pathParameters.size(); i++) {
      PathParameter parameter = pathParameters.get(i);
      String value = values[i];
      check("path", data -> parameter.validate(value, data), violations);
    }
  }

  /**
   * Runs one part of OpenAPI4J's validation. A value it cannot handle (it throws rather than report)
   * becomes a violation of that part, so that bad input never turns into a failure of the caller.
   */
  private static void check(String part, Consumer<ValidationData<Void>> validation, List<Violation> violations) {
    ValidationData<Void> data = new ValidationData<>();
    try {
      validation.accept(data);
    } catch (RuntimeException e) {
      violations.add(new Violation(part, "cannot be validated: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      return;
    }
    addResults(data, part, violations);
  }

  /**
   * Turns OpenAPI4J's results into violations located as {@code path 'user_id'},
   * {@code header 'X-RateLimit-Reset'}, {@code body.email}.
   */
  private static void addResults(ValidationData<Void> data, String part, List<Violation> violations) {
    if (data.isValid()) {
      return;
    }
    for (ValidationResults.ValidationItem item : data.results().items(ValidationSeverity.ERROR)) {
      violations.add(new Violation(locate(part, item), item.message()));
    }
  }

  private static String locate(String part, ValidationResults.ValidationItem item) {
    Integer code = item.code();
    if (code != null && (code == CONTENT_TYPE_MISSING || code == CONTENT_TYPE_NOT_ALLOWED)) {
      return "header 'Content-Type'";
    }
    String crumbs = item.dataCrumbs();
    if (part.equals("body")) {
      return crumbs == null || crumbs.isEmpty() ? "body" : crumbs;
    }
    return crumbs == null || crumbs.isEmpty() ? part : part + " '" + crumbs + "'";
  }
}
