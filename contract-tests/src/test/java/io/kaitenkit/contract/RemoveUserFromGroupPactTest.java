package io.kaitenkit.contract;

import static io.kaitenkit.contract.PactClients.client;
import static io.kaitenkit.contract.PactClients.request;
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

/**
 * What the reference client expects of DELETE /groups/{group_uid}/users/{user_id}, one interaction per
 * documented status.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Pacts.PROVIDER)
class RemoveUserFromGroupPactTest {
  private static final String ALAN_IN_DEVELOPERS =
      Demo.BASE_PATH + "/groups/" + Demo.DEVELOPERS + "/users/" + Demo.ALAN;
  private static final String GRACE_IN_DEVELOPERS =
      Demo.BASE_PATH + "/groups/" + Demo.DEVELOPERS + "/users/" + Demo.GRACE;

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact removed(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.USER_IS_MEMBER.sentence(Demo.ALAN, Demo.DEVELOPERS))
            .uponReceiving("a request to remove user 43 from group developers"),
        "DELETE", ALAN_IN_DEVELOPERS, Demo.ADMIN_TOKEN)
        .willRespondWith()
        .status(200).matchHeader("Content-Type", PactBodies.JSON, "application/json")
        .body(PactBodies.alan())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "removed")
  void removingAMemberAnswersTheRemovedUser(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).removeUserFromGroup(Demo.DEVELOPERS, Demo.ALAN);

    assertThat(result).isInstanceOf(KaitenResult.Ok.class);
    assertThat(result.orThrow().id()).isEqualTo(Demo.ALAN);
    assertThat(result.orThrow().fullName()).isEqualTo("Alan Turing");
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact malformed(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.NEXT_REQUEST_REJECTED_AS_MALFORMED.sentence("removeUserFromGroup"))
            .uponReceiving("a request to remove user 43 from group developers that is rejected as malformed"),
        "DELETE", ALAN_IN_DEVELOPERS, Demo.ADMIN_TOKEN)
        .willRespondWith()
        .status(400).matchHeader("Content-Type", PactBodies.JSON, "application/json")
        .body(PactBodies.message("Path parameter 'user_id' must be an integer >= 1, got 'abc'"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "malformed")
  void rejectedRequestIsABadRequestWithTheMessage(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).removeUserFromGroup(Demo.DEVELOPERS, Demo.ALAN);

    assertOutcome(result, new KaitenResult.BadRequest<>("Path parameter 'user_id' must be an integer >= 1, got 'abc'"));
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact invalidToken(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.TOKEN_IS_INVALID.sentence(), PactStates.ADMIN_TOKEN_PARAMS)
            .uponReceiving("a request to remove user 43 from group developers with an invalid token"),
        "DELETE", ALAN_IN_DEVELOPERS, Demo.ADMIN_TOKEN)
        .willRespondWith()
        .status(401).matchHeader("Content-Type", PactBodies.TEXT, "text/plain")
        .body("Invalid token", "text/plain")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "invalidToken")
  void invalidTokenIsUnauthorized(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).removeUserFromGroup(Demo.DEVELOPERS, Demo.ALAN);

    assertThat(result).isInstanceOf(KaitenResult.Unauthorized.class);
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact tariffWithoutGroups(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.TARIFF_WITHOUT_GROUPS.sentence())
            .uponReceiving("a request to remove user 43 from group developers when the tariff does not include groups"),
        "DELETE", ALAN_IN_DEVELOPERS, Demo.ADMIN_TOKEN)
        .willRespondWith()
        .status(402).matchHeader("Content-Type", PactBodies.JSON, "application/json")
        .body(PactBodies.message("Feature is not supported by tariff"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "tariffWithoutGroups")
  void tariffWithoutGroupsIsTariffLimitedWithTheMessage(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).removeUserFromGroup(Demo.DEVELOPERS, Demo.ALAN);

    assertOutcome(result, new KaitenResult.TariffLimited<>("Feature is not supported by tariff"));
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact forbidden(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.USER_MAY_NOT_MANAGE_GROUP.sentence(Demo.NO_PERMISSION_USER, Demo.DEVELOPERS))
            .uponReceiving("a request to remove user 43 from group developers by a user who may not manage it"),
        "DELETE", ALAN_IN_DEVELOPERS, Demo.NO_PERMISSION_TOKEN)
        .willRespondWith()
        .status(403)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "forbidden")
  void userWithoutRightsIsForbidden(MockServer server) throws Exception {
    KaitenResult<User> result =
        client(server, Demo.NO_PERMISSION_TOKEN).removeUserFromGroup(Demo.DEVELOPERS, Demo.ALAN);

    assertThat(result).isInstanceOf(KaitenResult.Forbidden.class);
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact notAMember(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.USER_IS_NOT_MEMBER.sentence(Demo.GRACE, Demo.DEVELOPERS))
            .uponReceiving("a request to remove a user who is not a member of group developers"),
        "DELETE", GRACE_IN_DEVELOPERS, Demo.ADMIN_TOKEN)
        .willRespondWith()
        .status(404)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "notAMember")
  void removingANonMemberIsNotFound(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).removeUserFromGroup(Demo.DEVELOPERS, Demo.GRACE);

    assertThat(result).isInstanceOf(KaitenResult.NotFound.class);
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact rateLimited(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.RATE_LIMIT_EXHAUSTED.sentence(), PactStates.ADMIN_TOKEN_PARAMS)
            .uponReceiving("a request to remove user 43 from group developers over the rate limit"),
        "DELETE", ALAN_IN_DEVELOPERS, Demo.ADMIN_TOKEN)
        .willRespondWith()
        .status(429)
        .matchHeader("X-RateLimit-Remaining", PactBodies.INTEGER, "0")
        .matchHeader("X-RateLimit-Reset", PactBodies.INTEGER, "1767225600000")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rateLimited")
  void overTheRateLimitIsRateLimitedUntilTheReset(MockServer server) throws Exception {
    KaitenResult<User> result = client(server, Demo.ADMIN_TOKEN).removeUserFromGroup(Demo.DEVELOPERS, Demo.ALAN);

    assertOutcome(result, new KaitenResult.RateLimited<>(0, Instant.ofEpochMilli(1767225600000L)));
  }
}
