package io.kaitenkit.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.openapi4j.core.model.OAIContext;
import org.openapi4j.operation.validator.util.convert.TypeConverter;
import org.openapi4j.parser.model.v3.Schema;
import org.openapi4j.schema.validator.ValidationData;
import org.openapi4j.schema.validator.v3.SchemaValidator;

/**
 * One path parameter with its OpenAPI4J schema validator, built once. Converting and validating a
 * value directly skips OpenAPI4J's per-request path matching, which compiles regular expressions on
 * every call; the verdicts and messages are the same.
 */
final class PathParameter {
  private final String name;
  private final OAIContext context;
  private final Schema schema;
  private final SchemaValidator validator;
  // The last value found valid: a client names the same group in request after request. A plain
  // field is enough, since strings are immutable and a stale value only costs a validation.
  private String lastValid;

  PathParameter(String name, OAIContext context, Schema schema, SchemaValidator validator) {
    this.name = name;
    this.context = context;
    this.schema = schema;
    this.validator = validator;
  }

  String name() {
    return name;
  }

  /**
   * Converts the raw (decoded) value as a simple-style primitive and validates it; a value found valid
   * last time is valid again, the verdict depending on the value alone.
   */
  void validate(String value, ValidationData<Void> data) {
    if (value.equals(lastValid)) {
      return;
    }
    boolean validBefore = data.isValid();
    JsonNode node = TypeConverter.instance().convertPrimitive(context, schema, value);
    validator.validate(node, data);
    if (validBefore && data.isValid()) {
      lastValid = value;
    }
  }
}
