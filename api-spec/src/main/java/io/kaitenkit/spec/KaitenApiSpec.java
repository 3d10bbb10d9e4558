package io.kaitenkit.spec;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.spec.internal.CompactContract;
import io.kaitenkit.spec.internal.ContractLoader;
import io.kaitenkit.spec.internal.OperationContract;
import io.kaitenkit.spec.internal.PathSegments;
import io.kaitenkit.spec.internal.SchemaContract;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kaiten group-users contract: its operations, their documented responses, and validation of
 * requests and responses against it.
 *
 * <p>The contract is parsed once, when the instance is made; validation methods are thread-safe and
 * answer a list of {@link Violation}s that is empty when the message conforms.
 */
public final class KaitenApiSpec {
  /** Where the bundled contract lives on the class path. */
  public static final String BUNDLED_RESOURCE = "openapi/kaiten-group-users.yaml";

  private final String source;
  private final String basePath;
  private final Map<String, OperationContract> operations;
  private final Map<String, SchemaContract> schemas;

  private KaitenApiSpec(String source, ContractLoader.Contract contract) {
    this.source = source;
    this.basePath = contract.basePath();
    this.operations = contract.operations();
    this.schemas = contract.schemas();
  }

  /** The contract bundled in this jar; parsed on first use and shared afterwards. */
  public static KaitenApiSpec bundled() {
    return Bundled.INSTANCE;
  }

  /** Parses the contract at a URL (file, jar or class path resource). */
  public static KaitenApiSpec load(URL url) {
    requireNonNull(url, "url == null");
    return new KaitenApiSpec(url.toString(), ContractLoader.load(url, true));
  }

  /** Parses the contract in a file. */
  public static KaitenApiSpec load(Path file) {
    requireNonNull(file, "file == null");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("contract file not found: " + file);
    }
    try {
      return load(file.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("contract file has no URL form: " + file, e);
    }
  }

  /** Where this contract was read from. */
  public String source() {
    return source;
  }

  /** The path of the contract's server URL, {@code /api/latest} for Kaiten. */
  public String basePath() {
    return basePath;
  }

  /** The operation ids, in the order of the document. */
  public List<String> operationIds() {
    return List.copyOf(operations.keySet());
  }

  /** Every operation, in the order of the document. */
  public List<ApiOperation> operations() {
    return operations.values().stream().map(OperationContract::operation).toList();
  }

  /**
   * The operation with this id.
   *
   * @throws IllegalArgumentException naming the known ids when there is none
   */
  public ApiOperation operation(String operationId) {
    return contract(operationId).operation();
  }

  /** The operation that a method and a raw path (with the base path) address, if any. */
  public Optional<ApiOperation> findOperation(String method, String rawPath) {
    String path;
    try {
      path = PathSegments.decode(rawPath);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return operations.values().stream()
        .filter(op -> op.matches(method, path))
        .map(OperationContract::operation)
        .findFirst();
  }

  /** True when the operation documents this status. */
  /**
   * Percent-decodes a request path segment by segment (an encoded {@code /} stays {@code %2F}).
   *
   * @throws IllegalArgumentException naming the bad escape when the path is not well encoded
   */
  public static String decodePath(String rawPath) {
    return PathSegments.decode(rawPath);
  }

  public boolean documents(String operationId, int status) {
    return operation(operationId).documents(status);
  }

  /** How a request departs from the operation's contract: method, security, path, query, body. */
  public List<Violation> validateRequest(String operationId, ApiRequest request) {
    requireNonNull(request, "request == null");
    return contract(operationId).validateRequest(request);
  }

  /**
   * How a response departs from the operation's contract: an undocumented status, a missing or
   * wrong content type, a body where none is documented, headers, and the body's schema (required
   * fields, types, enums, nullability).
   */
  public List<Violation> validateResponse(String operationId, ApiResponse response) {
    requireNonNull(response, "response == null");
    return contract(operationId).validateResponse(response);
  }

  /**
   * How a JSON value departs from a schema of the contract's components, such as {@code User}.
   * Locations are relative to the value ({@code theme}, {@code email}); an empty location means the
   * value itself.
   *
   * @throws IllegalArgumentException naming the known schemas when there is no such schema
   */
  public List<Violation> validateSchema(String schemaName, JsonNode value) {
    requireNonNull(schemaName, "schemaName == null");
    requireNonNull(value, "value == null");
    SchemaContract schema = schemas.get(schemaName);
    if (schema == null) {
      throw new IllegalArgumentException("unknown schema '" + schemaName + "'; the contract has "
          + schemas.keySet());
    }
    return schema.validate(value);
  }

  private OperationContract contract(String operationId) {
    requireNonNull(operationId, "operationId == null");
    OperationContract contract = operations.get(operationId);
    if (contract == null) {
      throw new IllegalArgumentException("unknown operation '" + operationId + "'; the contract has "
          + operations.keySet());
    }
    return contract;
  }

  @Override
  public String toString() {
    return "KaitenApiSpec(" + source + ", " + operations.keySet() + ")";
  }

  private static final class Bundled {
    static final KaitenApiSpec INSTANCE = loadBundled();

    private static KaitenApiSpec loadBundled() {
      URL url = KaitenApiSpec.class.getClassLoader().getResource(BUNDLED_RESOURCE);
      if (url == null) {
        throw new IllegalStateException(BUNDLED_RESOURCE + " is missing from the class path");
      }
      // The build's tests check this document against the OpenAPI rules; at run time only parse it,
      // in the JSON form the build writes beside it when there is one (see CompactContract).
      URL compact = KaitenApiSpec.class.getClassLoader().getResource(CompactContract.RESOURCE);
      return new KaitenApiSpec(url.toString(), ContractLoader.load(compact != null ? compact : url, false));
    }
  }
}
