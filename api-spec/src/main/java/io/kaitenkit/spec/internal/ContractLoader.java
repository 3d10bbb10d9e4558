package io.kaitenkit.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.DocumentedResponse;
import io.kaitenkit.spec.Placeholders;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.openapi4j.core.exception.DecodeException;
import org.openapi4j.core.exception.ResolutionException;
import org.openapi4j.core.model.OAIContext;
import org.openapi4j.core.model.v3.OAI3;
import org.openapi4j.core.util.TreeUtil;
import org.openapi4j.core.validation.ValidationException;
import org.openapi4j.operation.validator.validation.OperationValidator;
import org.openapi4j.parser.OpenApi3Parser;
import org.openapi4j.parser.model.AbsRefOpenApiSchema;
import org.openapi4j.parser.model.v3.Header;
import org.openapi4j.parser.model.v3.MediaType;
import org.openapi4j.parser.model.v3.OpenApi3;
import org.openapi4j.parser.model.v3.Operation;
import org.openapi4j.parser.model.v3.Parameter;
import org.openapi4j.parser.model.v3.Path;
import org.openapi4j.parser.model.v3.RequestBody;
import org.openapi4j.parser.model.v3.Response;
import org.openapi4j.parser.model.v3.Schema;
import org.openapi4j.parser.model.v3.Server;
import org.openapi4j.schema.validator.ValidationContext;
import org.openapi4j.schema.validator.v3.SchemaValidator;

/** Parses a contract once with OpenAPI4J and builds an {@link OperationContract} per operation. */
public final class ContractLoader {
  static final String MOCK_ONLY = "x-kaiten-mock-only";
  static final String ASSUMPTION = "x-kaiten-assumption";

  private ContractLoader() {}

  /** The parsed contract: its base path and its operations in document order. */
  public record Contract(
      String basePath, Map<String, OperationContract> operations, Map<String, SchemaContract> schemas) {}

  /**
   * @param validateDocument whether OpenAPI4J checks the document against the OpenAPI 3.0 rules and
   *     every validator is built before this returns; the bundled contract is checked by the build,
   *     so loading it at run time skips both and builds an operation's validators on its first use
   */
  public static Contract load(URL source, boolean validateDocument) {
    OpenApi3 api;
    try {
      api = new OpenApi3Parser().parse(source, validateDocument);
    } catch (ResolutionException e) {
      throw new IllegalArgumentException("cannot read contract " + source + ": " + rootReason(e), e);
    } catch (ValidationException e) {
      throw new IllegalArgumentException("contract " + source + " is not valid OpenAPI 3.0: "
          + e.results(), e);
    }
    String basePath = basePath(api);
    Object modelLock = new Object();
    boolean globalBearer = api.hasSecurityRequirements();
    Map<String, OperationContract> operations = new LinkedHashMap<>();
    for (Map.Entry<String, Path> pathEntry : api.getPaths().entrySet()) {
      for (Map.Entry<String, Operation> opEntry : pathEntry.getValue().getOperations().entrySet()) {
        Operation op = opEntry.getValue();
        String id = op.getOperationId();
        if (id == null || operations.containsKey(id)) {
          throw new IllegalArgumentException("contract " + source + ": every operation needs a unique"
              + " operationId, " + opEntry.getKey().toUpperCase() + " " + pathEntry.getKey() + " has "
              + (id == null ? "none" : "'" + id + "' again"));
        }
        ApiOperation operation = new ApiOperation(id, opEntry.getKey().toUpperCase(),
            pathEntry.getKey(), responses(api.getContext(), op), text(op.getExtensions(), ASSUMPTION));
        boolean bearer = op.getSecurityRequirements() == null
            ? globalBearer
            : !op.getSecurityRequirements().isEmpty();
        ValidationContext<OAI3> validationContext = new ValidationContext<>(api.getContext());
        operations.put(id, new OperationContract(operation,
            validator(validateDocument, modelLock, () -> new OperationValidator(api, pathEntry.getValue(), op)),
            PathTemplate.of(basePath + pathEntry.getKey()),
            pathParameters(api.getContext(), validationContext, pathEntry.getKey(), pathEntry.getValue(), op),
            hasParametersIn(api.getContext(), pathEntry.getValue(), op, "query"),
            hasParametersIn(api.getContext(), pathEntry.getValue(), op, "header"),
            op.getRequestBody() != null,
            op.getRequestBody() != null && resolve(api.getContext(), op.getRequestBody(), RequestBody.class).isRequired(),
            bearer));
      }
    }
    Map<String, SchemaContract> schemas = new LinkedHashMap<>();
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      ValidationContext<OAI3> context = new ValidationContext<>(api.getContext());
      api.getComponents().getSchemas().forEach((name, schema) -> schemas.put(name,
          new SchemaContract(name, validator(validateDocument, modelLock, () -> new SchemaValidator(context, name,
              TreeUtil.json.convertValue(schema.copy(), JsonNode.class))))));
    }
    return new Contract(basePath, operations, schemas);
  }

  private static <T> OnFirstUse<T> validator(boolean now, Object modelLock, Supplier<T> build) {
    return now ? OnFirstUse.now(build.get()) : OnFirstUse.later(modelLock, build);
  }

  /** The innermost cause's first line: OpenAPI4J wraps the YAML parser's useful message. */
  private static String rootReason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.toString() : root.getMessage();
    return message.lines().findFirst().orElse(message).strip()
        + (root == e ? "" : message.lines().filter(l -> l.contains("line")).findFirst()
            .map(l -> " (" + l.strip() + ")").orElse(""));
  }

  /** The path of the first server URL, such as {@code /api/latest}; templated hosts are fine. */
  private static String basePath(OpenApi3 api) {
    if (!api.hasServers()) {
      return "";
    }
    Server server = api.getServers().get(0);
    String path = server.getUrl().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The path parameters in the order the template names them, each with its validator. */
  private static List<PathParameter> pathParameters(OAIContext context,
      ValidationContext<OAI3> validationContext, String template, Path path, Operation op) {
    Map<String, Parameter> declared = new LinkedHashMap<>();
    for (Parameter parameter : parameters(context, path, op)) {
      if ("path".equals(parameter.getIn())) {
        declared.put(parameter.getName(), parameter);
      }
    }
    List<PathParameter> ordered = new ArrayList<>();
    for (String name : Placeholders.names(template)) {
      Parameter parameter = declared.get(name);
      if (parameter == null || parameter.getSchema() == null) {
        throw new IllegalArgumentException("path parameter '" + name + "' is not declared with a schema");
      }
      Schema schema = parameter.getSchema().getFlatSchema(context);
      ordered.add(new PathParameter(parameter.getName(), context, schema, new SchemaValidator(validationContext,
          parameter.getName(), TreeUtil.json.convertValue(parameter.getSchema().copy(), JsonNode.class))));
    }
    return ordered;
  }

  private static boolean hasParametersIn(OAIContext context, Path path, Operation op, String in) {
    return parameters(context, path, op).stream().anyMatch(parameter -> in.equals(parameter.getIn()));
  }

  /** The operation's parameters and its path's, references resolved; the operation's win. */
  private static List<Parameter> parameters(OAIContext context, Path path, Operation op) {
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    for (List<Parameter> list : Arrays.asList(path.getParameters(), op.getParameters())) {
      if (list != null) {
        for (Parameter parameter : list) {
          Parameter resolved = resolve(context, parameter, Parameter.class);
          byKey.put(resolved.getIn() + ":" + resolved.getName(), resolved);
        }
      }
    }
    return new ArrayList<>(byKey.values());
  }

  private static TreeMap<Integer, DocumentedResponse> responses(OAIContext context, Operation op) {
    TreeMap<Integer, DocumentedResponse> responses = new TreeMap<>();
    for (Map.Entry<String, Response> entry : op.getResponses().entrySet()) {
      int status;
      try {
        status = Integer.parseInt(entry.getKey());
      } catch (NumberFormatException e) {
        continue; // "default" and "4XX" document no single status
      }
      Response response = resolve(context, entry.getValue(), Response.class);
      String contentType = null;
      String example = null;
      Map<String, MediaType> content = response.getContentMediaTypes();
      if (content != null && !content.isEmpty()) {
        Map.Entry<String, MediaType> media = content.entrySet().iterator().next();
        contentType = media.getKey();
        example = exampleText(contentType, media.getValue());
      }
      Map<String, String> headers = new LinkedHashMap<>();
      if (response.getHeaders() != null) {
        response.getHeaders().forEach((name, header) -> {
          Object value = resolve(context, header, Header.class).getExample();
          if (value != null) {
            headers.put(name, String.valueOf(value));
          }
        });
      }
      responses.put(status, new DocumentedResponse(status, response.getDescription(), contentType,
          example, headers, Boolean.TRUE.equals(extension(response.getExtensions(), MOCK_ONLY)),
          text(response.getExtensions(), ASSUMPTION)));
    }
    return responses;
  }

  private static String exampleText(String contentType, MediaType media) {
    Object example = media.getExample();
    if (example == null && media.getExamples() != null && !media.getExamples().isEmpty()) {
      example = media.getExamples().values().iterator().next().getValue();
    }
    if (example == null) {
      return null;
    }
    return contentType.contains("json") ? Json.write(example) : String.valueOf(example);
  }

  private static <M extends AbsRefOpenApiSchema<M>> M resolve(OAIContext context, M model, Class<M> type) {
    if (!model.isRef()) {
      return model;
    }
    try {
      return model.getReference(context).getMappedContent(type);
    } catch (DecodeException e) {
      throw new IllegalArgumentException("cannot resolve " + model.getRef() + ": " + e.getMessage(), e);
    }
  }

  private static Object extension(Map<String, Object> extensions, String name) {
    return extensions == null ? null : extensions.get(name);
  }

  private static String text(Map<String, Object> extensions, String name) {
    Object value = extension(extensions, name);
    return value == null ? null : value.toString().strip();
  }
}
