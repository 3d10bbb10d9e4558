package io.kaitenkit.contract;

import static io.kaitenkit.contract.PactClients.assertOutcome;
import static io.kaitenkit.contract.PactClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.ConsumerPactRunnerKt;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.PactVerificationResult;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.model.MockProviderConfig;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.spec.DocumentedResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the reference client expects of the groups area's ten operations beside the seed's three, one
 * interaction per documented status ({@link GroupsAreaInteractions}). Each interaction runs on a Pact mock
 * server of its own, because several share a request and differ only in their provider state; the pact file
 * is the one the other consumer tests write.
 */
class GroupsAreaPactTest {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<GroupsAreaInteractions.Case> cases() {
    return GroupsAreaInteractions.cases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void clientReadsTheDocumentedAnswer(GroupsAreaInteractions.Case each) {
    V4Pact pact = pact(each);

    PactVerificationResult result = ConsumerPactRunnerKt.runConsumerTest(pact,
        MockProviderConfig.createDefault(PactSpecVersion.V4), (server, context) -> {
          check(each, server);
          return null;
        });

    if (result instanceof PactVerificationResult.Error error && error.getError() instanceof AssertionError failed) {
      throw failed;
    }
    assertThat(result).as(each + ": " + result).isInstanceOf(PactVerificationResult.Ok.class);
  }

  private static V4Pact pact(GroupsAreaInteractions.Case each) {
    PactDslWithState given = null;
    for (GroupsAreaInteractions.State state : each.states()) {
      given = given == null
          ? ConsumerPactBuilder.consumer(Pacts.CONSUMER).hasPactWith(Pacts.PROVIDER)
              .given(state.sentence(), state.params())
          : given.given(state.sentence(), state.params());
    }
    PactDslRequestWithoutPath upon = given == null
        ? ConsumerPactBuilder.consumer(Pacts.CONSUMER).hasPactWith(Pacts.PROVIDER).uponReceiving(each.description())
        : given.uponReceiving(each.description());
    PactDslRequestWithPath request = each.body() == null
        ? PactClients.request(upon, each.method(), Demo.BASE_PATH + each.path(), each.token())
        : PactClients.jsonRequest(upon, each.method(), Demo.BASE_PATH + each.path(), each.token()).body(each.body());
    return response(request.willRespondWith().status(each.status()), each).toPact(V4Pact.class);
  }

  /** The answer the client relies on: the contract's example, matched by type where Kaiten's data may differ. */
  private static PactDslResponse response(PactDslResponse response, GroupsAreaInteractions.Case each) {
    DocumentedResponse documented = SPEC.operation(each.operationId()).response(each.status());
    return switch (each.status()) {
      case 200 -> response.matchHeader("Content-Type", PactBodies.JSON, "application/json")
          .body(PactBodies.like(json(documented.example())));
      case 400, 402 -> response.matchHeader("Content-Type", PactBodies.JSON, "application/json")
          .body(PactBodies.message(message(documented)));
      case 401 -> response.matchHeader("Content-Type", PactBodies.TEXT, "text/plain")
          .body(documented.example(), "text/plain");
      case 429 -> response
          .matchHeader("X-RateLimit-Remaining", PactBodies.INTEGER, "0")
          .matchHeader("X-RateLimit-Reset", PactBodies.INTEGER, "1767225600000");
      default -> response;
    };
  }

  /** Calls the client and checks the result kind and, for a 200, the value the contract's example holds. */
  private static void check(GroupsAreaInteractions.Case each, MockServer server) throws Exception {
    KaitenResult<?> result = each.call().on(client(server, each.token()));
    DocumentedResponse documented = SPEC.operation(each.operationId()).response(each.status());
    switch (each.status()) {
      case 200 -> {
        assertThat(result).as(each.toString()).isInstanceOf(KaitenResult.Ok.class);
        each.value().accept(result.orThrow());
      }
      case 400 -> assertOutcome(result, new KaitenResult.BadRequest<>(message(documented)));
      case 401 -> assertThat(result).isInstanceOf(KaitenResult.Unauthorized.class);
      case 402 -> assertOutcome(result, new KaitenResult.TariffLimited<>(message(documented)));
      case 403 -> assertThat(result).isInstanceOf(KaitenResult.Forbidden.class);
      case 404 -> assertThat(result).isInstanceOf(KaitenResult.NotFound.class);
      case 429 -> assertOutcome(result, new KaitenResult.RateLimited<>(0, Instant.ofEpochMilli(1767225600000L)));
      default -> throw new AssertionError("no expectation for " + each.status());
    }
  }

  private static String message(DocumentedResponse documented) {
    return json(documented.example()).get("message").asText();
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException("the contract's example is not JSON: " + text, e);
    }
  }
}
