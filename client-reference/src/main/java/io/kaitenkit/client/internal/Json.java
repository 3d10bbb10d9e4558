package io.kaitenkit.client.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads Kaiten's JSON bodies as strictly as the contract reads: no coercion, no missing attributes. */
final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // Attributes the contract requires say so (@JsonProperty(required = true)); the rest may be absent.
      .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      // "42" is not an integer, 42 is not a string and 1 is not a boolean in the contract.
      .withCoercionConfig(LogicalType.Textual, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Boolean, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Integer, config -> config
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
      // Null only where a record says so (@JsonSetter(nulls = SET) on its nullable attributes).
      .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL))
      .addModule(new SimpleModule().addDeserializer(Instant.class, new IsoInstantDeserializer()))
      .build();

  private Json() {}

  /** The body as one object of the type; {@code what} names it in problems, e.g. {@code a Group}. */
  static <X> X object(String body, Class<X> type, String what) throws MalformedJsonException {
    JsonNode tree = tree(body, what);
    if (!tree.isObject()) {
      throw new MalformedJsonException("body is not " + what + ": it is a JSON " + kind(tree) + ", not an object");
    }
    return bind(tree, type, "body is not " + what + ": ");
  }

  /** The body as an array of the type; {@code what} names the elements, e.g. {@code users}. */
  static <X> List<X> list(String body, Class<X> type, String what) throws MalformedJsonException {
    String expected = "a list of " + what;
    JsonNode tree = tree(body, expected);
    if (!tree.isArray()) {
      throw new MalformedJsonException("body is not " + expected + ": it is a JSON " + kind(tree) + ", not an array");
    }
    List<X> values = new ArrayList<>(tree.size());
    for (int i = 0; i < tree.size(); i++) {
      JsonNode element = tree.get(i);
      String where = "body is not " + expected + ": element " + i + ": ";
      if (!element.isObject()) {
        throw new MalformedJsonException(where + "it is a JSON " + kind(element) + ", not an object");
      }
      values.add(bind(element, type, where));
    }
    return List.copyOf(values);
  }

  /** A request body of the attributes that are not null, in the order given. */
  static String body(Map<String, Object> attributes) {
    ObjectNode body = MAPPER.createObjectNode();
    attributes.forEach((name, value) -> {
      if (value != null) {
        body.set(name, MAPPER.valueToTree(value));
      }
    });
    return body.toString();
  }

  /** The {@code message} of a {@code {"message": ...}} body, else the body itself, else the fallback. */
  static String message(String body, String fallback) {
    try {
      JsonNode message = MAPPER.readTree(body).path("message");
      if (message.isTextual() && !message.textValue().isBlank()) {
        return message.textValue();
      }
    } catch (JsonProcessingException notJson) {
      // Fall through: a proxy's plain-text page still says more than nothing.
    }
    return body.isBlank() ? fallback : body.strip();
  }

  private static JsonNode tree(String body, String expected) throws MalformedJsonException {
    try {
      JsonNode tree = MAPPER.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw new MalformedJsonException("body is not " + expected + ": it is empty");
      }
      return tree;
    } catch (StreamReadException e) {
      String reason = e.getOriginalMessage().lines().findFirst().orElse("");
      throw new MalformedJsonException("body is not " + expected + ": it is not JSON (" + Text.excerpt(reason) + ")");
    } catch (JsonProcessingException e) {
      throw new MalformedJsonException("body is not " + expected + ": " + e.getOriginalMessage());
    }
  }

  private static <X> X bind(JsonNode object, Class<X> type, String where) throws MalformedJsonException {
    try {
      return MAPPER.treeToValue(object, type);
    } catch (JsonProcessingException e) {
      throw new MalformedJsonException(where + describe(e, object));
    } catch (IllegalArgumentException e) {
      throw new MalformedJsonException(where + e.getMessage());
    }
  }

  /** Jackson's complaint in the contract's words: which attribute, what it is, what it should be. */
  private static String describe(JsonProcessingException e, JsonNode object) {
    String message = e.getOriginalMessage();
    String attribute = attribute(e);
    if (message.startsWith("Missing creator property") || message.startsWith("Missing required creator property")) {
      return "attribute '" + quoted(message) + "' is missing";
    }
    if (attribute == null) {
      return message.lines().findFirst().orElse(message);
    }
    if (e instanceof InvalidNullException) {
      return "attribute '" + attribute + "' is null";
    }
    JsonNode value = object.path(attribute);
    Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    if (target == Instant.class && value.isTextual()) {
      return "attribute '" + attribute + "' is not an ISO-8601 date-time with offset: "
          + Text.excerpt(value.toString());
    }
    return "attribute '" + attribute + "' is " + kindWithArticle(value) + " (" + Text.excerpt(value.toString())
        + "), not " + expected(target);
  }

  private static String attribute(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
    }
    return null;
  }

  private static String expected(Class<?> target) {
    if (target == null) {
      return "what the contract says";
    }
    if (target == long.class || target == int.class || target == Long.class || target == Integer.class) {
      return "an integer";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "a boolean";
    }
    if (target == Instant.class) {
      return "an ISO-8601 date-time string";
    }
    if (Map.class.isAssignableFrom(target)) {
      return "an object";
    }
    if (List.class.isAssignableFrom(target)) {
      return "an array";
    }
    return target == String.class ? "a string" : target.getSimpleName();
  }

  private static String quoted(String text) {
    int start = text.indexOf('\'');
    int end = text.indexOf('\'', start + 1);
    return start < 0 || end < 0 ? text : text.substring(start + 1, end);
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String kindWithArticle(JsonNode node) {
    String kind = node.isIntegralNumber() ? "integer" : node.isNumber() ? "decimal number" : kind(node);
    return (kind.equals("array") || kind.equals("object") || kind.equals("integer") ? "an " : "a ") + kind;
  }

  /** An ISO-8601 date-time with an offset, as a string and nothing else (no epoch numbers). */
  private static final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    IsoInstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
      }
      String text = parser.getText();
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 date-time with offset");
      }
    }
  }
}
