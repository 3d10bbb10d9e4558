package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kaitenkit.spec.JsonErrors;
import io.kaitenkit.spec.KaitenApiSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads the state format (see the README's "Fixtures") into a {@link KaitenModel}, checking every
 * reference and every user against the contract. The first problem found stops the read with a
 * {@link FixtureException} naming the source and the field.
 */
public final class FixtureReader {
  // A fixture is hand-written: a key given twice must not silently drop the first (and text after a
  // stray closing brace is refused by read()).
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final Set<String> TOP_LEVEL = Set.of("companies", "users", "groups", "tokens");

  private static final int IN_FLIGHT = 1024;

  private final UserFixtures users;

  public FixtureReader(KaitenApiSpec spec) {
    this.users = new UserFixtures(spec);
  }

  /**
   * Reads fixture text; {@code source} names it in error messages (a file name, "demo"). Users are
   * read one at a time from the stream and kept only in their serialised form, so a fixture of a
   * hundred thousand users never exists as one large tree.
   */
  public KaitenModel read(String source, String json) {
    // Checking users is CPU work on many small values: a pool as large as the machine spreads it.
    ExecutorService checkers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
      Thread thread = new Thread(task, "kaiten-fixture-check");
      thread.setDaemon(true);
      return thread;
    });
    try (JsonParser parser = MAPPER.createParser(json)) {
      return new Reading(new FixtureFields(source), checkers).read(parser);
    } catch (JsonProcessingException e) {
      throw new FixtureException(source + ": not valid JSON: " + problemOf(e) + JsonErrors.location(e), e);
    } catch (IOException e) {
      throw new FixtureException(source + ": cannot be read: " + e.getMessage(), e);
    } finally {
      checkers.shutdownNow();
    }
  }

  /** Jackson's reason, except that a token given twice is not repeated in the message. */
  private static String problemOf(JsonProcessingException e) {
    if (e.getProcessor() instanceof JsonParser parser) {
      JsonStreamContext context = parser.getParsingContext();
      JsonStreamContext parent = context == null ? null : context.getParent();
      boolean inTokens = parent != null && parent.getParent() != null && parent.getParent().inRoot()
          && "tokens".equals(parent.getCurrentName());
      if (inTokens && e.getOriginalMessage().startsWith("Duplicate")) {
        return "a token is given twice in tokens";
      }
    }
    return e.getOriginalMessage();
  }

  /** One read of one fixture. */
  private final class Reading {
    private final FixtureFields fields;
    private final TenantFixtures tenants;
    private final Executor checkers;

    Reading(FixtureFields fields, Executor checkers) {
      this.fields = fields;
      this.tenants = new TenantFixtures(fields);
      this.checkers = checkers;
    }

    KaitenModel read(JsonParser parser) throws IOException {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw fields.fail("", "the fixture must be a JSON object with companies, users, groups and tokens");
      }
      Map<String, CompanyRecord> companies = null;
      // Each user is checked against the contract and serialised on another core while the parser
      // reads on; the results are taken in document order, so the first problem reported is the first
      // in the file.
      List<CompletableFuture<UserFixtures.Check>> checks = new ArrayList<>();
      JsonNode groups = null;
      JsonNode tokens = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        if (!TOP_LEVEL.contains(field)) {
          throw fields.fail(field, "unknown field; allowed: " + FixtureFields.sorted(TOP_LEVEL));
        }
        JsonToken value = parser.nextToken();
        switch (field) {
          case "companies" -> companies = tenants.companies(fields.array(MAPPER.readTree(parser), field));
          case "users" -> {
            if (value != JsonToken.START_ARRAY) {
              fields.array(MAPPER.readTree(parser), field);
              continue; // null: no users
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              JsonNode user = MAPPER.readTree(parser);
              int index = checks.size();
              checks.add(CompletableFuture.supplyAsync(() -> users.check(fields, index, user), checkers));
              if (index >= IN_FLIGHT) {
                checks.get(index - IN_FLIGHT).join(); // bounds the parsed users waiting for a check
              }
            }
          }
          case "groups" -> groups = fields.array(MAPPER.readTree(parser), field);
          default -> tokens = MAPPER.readTree(parser);
        }
      }
      if (parser.nextToken() != null) {
        throw fields.fail("", "not valid JSON: text after the fixture's closing brace (line "
            + parser.currentLocation().getLineNr() + ")");
      }
      if (companies == null) {
        companies = new LinkedHashMap<>();
      }
      Map<Long, UserRecord> userRecords = new LinkedHashMap<>();
      for (CompletableFuture<UserFixtures.Check> check : checks) {
        UserFixtures.add(fields, userRecords, check.join(), companies.keySet());
      }
      Map<String, GroupRecord> groupRecords = tenants.groups(fields.array(groups, "groups"), companies, userRecords);
      return new KaitenModel(companies, userRecords, groupRecords, tenants.tokens(tokens, userRecords));
    }
  }
}
