package io.kaitenkit.contract;

import static io.kaitenkit.contract.PactClients.client;
import static io.kaitenkit.contract.PactClients.jsonRequest;
import static io.kaitenkit.contract.PactClients.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.User;
import io.kaitenkit.mock.admin.ProviderState;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the reference client expects of POST /groups/{group_uid}/users, one interaction per documented status. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Pacts.PROVIDER)
class AddUserToGroupPactTest {
  private static final String PATH = Demo.BASE_PATH + "/groups/" + Demo.DEVELOPERS + "/users";
  private static final String ADD_GRACE = "{\"user_id\":" + Demo.GRACE + "}";

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact added(PactDslWithProvider builder) {
    return jsonRequest(builder
            .given(ProviderState.USER_IS_NOT_MEMBER.sentence(Demo.GRACE, Demo.DEVELOPERS))
            .uponReceiving("a request to add user 44 to group developers"),
        "POST", PATH, Demo.ADMIN_TOKEN)
        .body(ADD_GRACE)
        .willRespondWith()
        .status(200).matchHeader("Content-Type", PactBodies.JSON, "application/json")
        .body(PactBodies.grace())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "added")
  void addingAUserAnswersTheUser(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).addUserToGroup(Demo.DEVELOPERS, Demo.GRACE);

    assertThat(result).isInstanceOf(KaitenResult.Ok.class);
    assertThat(result.orThrow().id()).isEqualTo(Demo.GRACE);
    assertThat(result.orThrow().email()).isEqualTo("grace@acme.example");
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact malformed(PactDslWithProvider builder) {
    return jsonRequest(builder
            .given(ProviderState.NEXT_REQUEST_REJECTED_AS_MALFORMED.sentence("addUserToGroup"))
            .uponReceiving("a request to add user 44 to group developers that is rejected as malformed"),
        "POST", PATH, Demo.ADMIN_TOKEN)
        .body(ADD_GRACE)
        .willRespondWith()
        .status(400).matchHeader("Content-Type", PactBodies.JSON, "application/json")
        .body(PactBodies.message("Request body: field 'user_id' is required"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "malformed")
  void rejectedRequestIsABadRequestWithTheMessage(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).addUserToGroup(Demo.DEVELOPERS, Demo.GRACE);

    assertOutcome(result, new KaitenResult.BadRequest<>("Request body: field 'user_id' is required"));
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact invalidToken(PactDslWithProvider builder) {
    return jsonRequest(builder
            .given(ProviderState.TOKEN_IS_INVALID.sentence(), PactStates.ADMIN_TOKEN_PARAMS)
            .uponReceiving("a request to add user 44 to group developers with an invalid token"),
        "POST", PATH, Demo.ADMIN_TOKEN)
        .body(ADD_GRACE)
        .willRespondWith()
        .status(401).matchHeader("Content-Type", PactBodies.TEXT, "text/plain")
        .body("Invalid token", "text/plain")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "invalidToken")
  void invalidTokenIsUnauthorized(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).addUserToGroup(Demo.DEVELOPERS, Demo.GRACE);

    assertThat(result).isInstanceOf(KaitenResult.Unauthorized.class);
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact tariffWithoutGroups(PactDslWithProvider builder) {
    return jsonRequest(builder
            .given(ProviderState.TARIFF_WITHOUT_GROUPS.sentence())
            .uponReceiving("a request to add user 44 to group developers when the tariff does not include groups"),
        "POST", PATH, Demo.ADMIN_TOKEN)
        .body(ADD_GRACE)
        .willRespondWith()
        .status(402).matchHeader("Content-Type", PactBodies.JSON, "application/json")
        .body(PactBodies.message("Feature is not supported by tariff"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "tariffWithoutGroups")
  void tariffWithoutGroupsIsTariffLimitedWithTheMessage(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).addUserToGroup(Demo.DEVELOPERS, Demo.GRACE);

    assertOutcome(result, new KaitenResult.TariffLimited<>("Feature is not supported by tariff"));
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact forbidden(PactDslWithProvider builder) {
    return jsonRequest(builder
            .given(ProviderState.USER_MAY_NOT_MANAGE_GROUP.sentence(Demo.NO_PERMISSION_USER, Demo.DEVELOPERS))
            .uponReceiving("a request to add user 44 to group developers by a user who may not manage it"),
        "POST", PATH, Demo.NO_PERMISSION_TOKEN)
        .body(ADD_GRACE)
        .willRespondWith()
        .status(403)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "forbidden")
  void userWithoutRightsIsForbidden(MockServer server) throws Exception {
    KaitenResult<User> result =
        client(server, Demo.NO_PERMISSION_TOKEN).addUserToGroup(Demo.DEVELOPERS, Demo.GRACE);

    assertThat(result).isInstanceOf(KaitenResult.Forbidden.class);
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact missingUser(PactDslWithProvider builder) {
    return jsonRequest(builder
            .given(ProviderState.USER_DOES_NOT_EXIST.sentence(Demo.GRACE))
            .uponReceiving("a request to add a user who does not exist to group developers"),
        "POST", PATH, Demo.ADMIN_TOKEN)
        .body(ADD_GRACE)
        .willRespondWith()
        .status(404)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "missingUser")
  void missingUserIsNotFound(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).addUserToGroup(Demo.DEVELOPERS, Demo.GRACE);

    assertThat(result).isInstanceOf(KaitenResult.NotFound.class);
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact rateLimited(PactDslWithProvider builder) {
    return jsonRequest(builder
            .given(ProviderState.RATE_LIMIT_EXHAUSTED.sentence(), PactStates.ADMIN_TOKEN_PARAMS)
            .uponReceiving("a request to add user 44 to group developers over the rate limit"),
        "POST", PATH, Demo.ADMIN_TOKEN)
        .body(ADD_GRACE)
        .willRespondWith()
        .status(429)
        .matchHeader("X-RateLimit-Remaining", PactBodies.INTEGER, "0")
        .matchHeader("X-RateLimit-Reset", PactBodies.INTEGER, "1767225600000")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rateLimited")
  void overTheRateLimitIsRateLimitedUntilTheReset(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).addUserToGroup(Demo.DEVELOPERS, Demo.GRACE);

    assertOutcome(result, new KaitenResult.RateLimited<>(0, Instant.ofEpochMilli(1767225600000L)));
  }
}
