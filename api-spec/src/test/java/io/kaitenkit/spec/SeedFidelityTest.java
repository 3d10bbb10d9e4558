package io.kaitenkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract against the Kaiten documentation page it was written from (kept verbatim in
 * {@code seed/remove-user-from-group.txt}): same attributes, same types, same statuses.
 */
class SeedFidelityTest {
  private static final Pattern ENUM_VALUE = Pattern.compile("(?:^|[,.]\\s*)([A-Za-z0-9]+)\\s+[-–]");
  private static List<String> seedLines;
  private static JsonNode userSchema;

  /** One attribute as the seed page lists it: name, type line and description. */
  record SeedAttribute(String name, String type, String description) {}

  @BeforeAll
  static void read() throws IOException {
    try (InputStream seed = SeedFidelityTest.class.getResourceAsStream("/seed/remove-user-from-group.txt");
        InputStream contract = SeedFidelityTest.class.getClassLoader()
            .getResourceAsStream(KaitenApiSpec.BUNDLED_RESOURCE)) {
      seedLines = new String(seed.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      userSchema = new ObjectMapper(new YAMLFactory()).readTree(contract)
          .at("/components/schemas/User");
    }
  }

  @Test
  void userSchemaHasExactlyTheNineteenSeedAttributesAllRequired() {
    Map<String, SeedAttribute> seed = seedAttributes();

    assertThat(seed).hasSize(19);
    assertThat(names(userSchema.get("properties").fieldNames()))
        .containsExactlyInAnyOrderElementsOf(seed.keySet());
    assertThat(StreamSupport.stream(userSchema.get("required").spliterator(), false).map(JsonNode::asText))
        .containsExactlyInAnyOrderElementsOf(seed.keySet());
  }

  @Test
  void everyAttributeHasTheSeedsTypeAndNullability() {
    seedAttributes().values().forEach(attribute -> {
      JsonNode property = userSchema.get("properties").get(attribute.name());
      boolean nullable = property.path("nullable").asBoolean(false);
      switch (attribute.type()) {
        case "integer", "string", "boolean" -> {
          assertThat(property.get("type").asText()).as(attribute.name()).isEqualTo(attribute.type());
          assertThat(nullable).as(attribute.name() + " nullable").isFalse();
        }
        case "null | string" -> {
          assertThat(property.get("type").asText()).as(attribute.name()).isEqualTo("string");
          assertThat(nullable).as(attribute.name() + " nullable").isTrue();
        }
        case "enum" -> {
          assertThat(names(property.get("enum").elements()))
              .as(attribute.name() + " enum").containsExactlyElementsOf(enumValuesIn(attribute.description()));
          assertThat(nullable).as(attribute.name() + " nullable").isFalse();
        }
        default -> throw new AssertionError("seed type not understood: " + attribute);
      }
    });
  }

  @Test
  void enumsAreTypedAsTheSeedDescribesThem() {
    assertThat(userSchema.at("/properties/avatar_type/type").asText()).isEqualTo("integer");
    assertThat(userSchema.at("/properties/ui_version/type").asText()).isEqualTo("integer");
    assertThat(userSchema.at("/properties/theme/type").asText()).isEqualTo("string");
  }

  @Test
  void timestampsAreDateTimes() {
    assertThat(userSchema.at("/properties/updated/format").asText()).isEqualTo("date-time");
    assertThat(userSchema.at("/properties/created/format").asText()).isEqualTo("date-time");
  }

  @Test
  void deleteDocumentsTheSeedsStatusesPlusMockOnly400AndRateLimit429() {
    List<Integer> seedStatuses = new ArrayList<>();
    for (String line : seedLines) {
      if (line.matches("\\d{3}")) {
        seedStatuses.add(Integer.parseInt(line));
      }
    }
    assertThat(seedStatuses).containsExactly(200, 401, 402, 403, 404);

    ApiOperation remove = KaitenApiSpec.bundled().operation("removeUserFromGroup");
    List<Integer> kaitensOwn = remove.responses().values().stream()
        .filter(response -> !response.mockOnly() && response.assumption() == null)
        .map(DocumentedResponse::status)
        .toList();
    assertThat(kaitensOwn).containsExactlyElementsOf(seedStatuses);
    assertThat(remove.response(400).mockOnly()).isTrue();
    assertThat(remove.response(429).assumption()).isNotBlank();
  }

  @Test
  void seedMethodAndPathMatchTheContract() {
    assertThat(seedLines).contains("DELETE",
        "https://example.kaiten.ru/api/latest/groups/{group_uid}/users/{user_id}");
    assertThat(KaitenApiSpec.bundled().findOperation("DELETE", "/api/latest/groups/{group_uid}/users/7"))
        .map(ApiOperation::id).contains("removeUserFromGroup");
  }

  /** Reads the "Response Attributes" block of the 200 response: name, blank, type, blank, description. */
  private static Map<String, SeedAttribute> seedAttributes() {
    int start = seedLines.indexOf("NameTypeDescription") + 1;
    int end = seedLines.indexOf("401");
    List<String> block = seedLines.subList(start, end).stream().filter(l -> !l.isBlank()).toList();
    Map<String, SeedAttribute> attributes = new LinkedHashMap<>();
    for (int i = 0; i + 2 < block.size(); i += 3) {
      attributes.put(block.get(i), new SeedAttribute(block.get(i), block.get(i + 1), block.get(i + 2)));
    }
    return attributes;
  }

  private static List<String> names(Iterator<?> items) {
    List<String> names = new ArrayList<>();
    items.forEachRemaining(item -> names.add(item instanceof JsonNode node ? node.asText() : item.toString()));
    return names;
  }

  /** Pulls enum values out of descriptions such as "1 – gravatar, 2 – initials, 3 - uploaded". */
  private static List<String> enumValuesIn(String description) {
    List<String> values = new ArrayList<>();
    Matcher matcher = ENUM_VALUE.matcher(description);
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }
}
