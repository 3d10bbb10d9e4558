package io.kaitenkit.client;

import static io.kaitenkit.client.Fixtures.ADA;
import static io.kaitenkit.client.Fixtures.ADA_JSON;
import static io.kaitenkit.client.Fixtures.adaJsonWith;
import static io.kaitenkit.client.Fixtures.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedBodyTest {
  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void aBodyThatIsNotJsonIsMalformedNotAnIoException() throws Exception {
    server.enqueue(Answers.text(200, "<html>maintenance</html>"));

    KaitenResult<User> result = client.removeUserFromGroup("developers", 42);

    assertThat(result).isInstanceOf(KaitenResult.MalformedBody.class);
    KaitenResult.MalformedBody<User> malformed = (KaitenResult.MalformedBody<User>) result;
    assertThat(malformed.problem()).startsWith("body is not a User: it is not JSON (Unexpected character ('<'");
    assertThat(malformed.body()).isEqualTo("<html>maintenance</html>");
    assertThat(result.code()).isEqualTo(200);
  }

  @Test
  void jsonFollowedByMoreTextIsNotJson() throws Exception {
    server.enqueue(Answers.json(200, ADA_JSON + " trailing"));

    KaitenResult<User> result = client.addUserToGroup("developers", 42);

    assertThat(result).isInstanceOf(KaitenResult.MalformedBody.class);
    assertThat(((KaitenResult.MalformedBody<User>) result).problem()).startsWith("body is not a User: it is not JSON");
  }

  @Test
  void anEmptyBodyIsMalformed() throws Exception {
    server.enqueue(Answers.json(200, ""));

    assertOutcome(client.addUserToGroup("developers", 42), new KaitenResult.MalformedBody<>("body is not a User: it is empty", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenUsers")
  void aUserThatBreaksTheContractIsMalformed(String problem, Consumer<ObjectNode> change) throws Exception {
    String body = adaJsonWith(change);
    server.enqueue(Answers.json(200, body));

    KaitenResult<User> result = client.addUserToGroup("developers", 42);

    assertOutcome(result, new KaitenResult.MalformedBody<>("body is not a User: " + problem, body));
  }

  static Stream<Arguments> brokenUsers() {
    return Stream.of(
        arguments("attribute 'email' is missing", (Consumer<ObjectNode>) u -> u.remove("email")),
        arguments("attribute 'avatar_uploaded_url' is missing",
            (Consumer<ObjectNode>) u -> u.remove("avatar_uploaded_url")),
        arguments("attribute 'full_name' is null", (Consumer<ObjectNode>) u -> u.putNull("full_name")),
        arguments("attribute 'id' is null", (Consumer<ObjectNode>) u -> u.putNull("id")),
        arguments("attribute 'id' is a string (\"42\"), not an integer",
            (Consumer<ObjectNode>) u -> u.put("id", "42")),
        arguments("attribute 'id' is a decimal number (4.5), not an integer",
            (Consumer<ObjectNode>) u -> u.put("id", 4.5)),
        arguments("attribute 'full_name' is an integer (7), not a string",
            (Consumer<ObjectNode>) u -> u.put("full_name", 7)),
        arguments("attribute 'activated' is an integer (1), not a boolean",
            (Consumer<ObjectNode>) u -> u.put("activated", 1)),
        arguments("attribute 'activated' is a string (\"true\"), not a boolean",
            (Consumer<ObjectNode>) u -> u.put("activated", "true")),
        arguments("attribute 'avatar_type' is a string (\"2\"), not an integer",
            (Consumer<ObjectNode>) u -> u.put("avatar_type", "2")),
        arguments("attribute 'created' is not an ISO-8601 date-time with offset: \"yesterday\"",
            (Consumer<ObjectNode>) u -> u.put("created", "yesterday")),
        arguments("attribute 'created' is an integer (1767225600000), not an ISO-8601 date-time string",
            (Consumer<ObjectNode>) u -> u.put("created", 1_767_225_600_000L)),
        arguments("attribute 'email_blocked' is a boolean (false), not a string",
            (Consumer<ObjectNode>) u -> u.put("email_blocked", false)),
        arguments("attribute 'theme' is an object ({}), not a string",
            (Consumer<ObjectNode>) u -> u.putObject("theme")));
  }

  @Test
  void unknownAttributesAreIgnored() throws Exception {
    server.enqueue(Answers.json(200, adaJsonWith(u -> {
      u.put("role", 1);
      u.putObject("permissions").put("admin", true);
      u.putArray("spaces").add(7);
    })));

    assertOutcome(client.addUserToGroup("developers", 42), new KaitenResult.Ok<>(ADA));
  }

  @Test
  void aUserWhereAListIsExpectedIsMalformed() throws Exception {
    server.enqueue(Answers.json(200, ADA_JSON));

    assertOutcome(client.listGroupUsers("developers"), new KaitenResult.MalformedBody<>("body is not a list of users: it is a JSON object, not an array",
            ADA_JSON));
  }

  @Test
  void aListWithOneBrokenUserIsMalformedAndNamesTheElement() throws Exception {
    String body = "[" + Fixtures.ADA_EXTENDED_JSON + "," + Fixtures.extended(adaJsonWith(u -> u.remove("username"))) + "]";
    server.enqueue(Answers.json(200, body));

    assertOutcome(client.listGroupUsers("developers"), new KaitenResult.MalformedBody<>(
        "body is not a list of users: element 1: attribute 'username' is missing", body));
  }

  @Test
  void aListWithANullElementIsMalformed() throws Exception {
    server.enqueue(Answers.json(200, "[null]"));

    assertOutcome(client.listGroupUsers("developers"), new KaitenResult.MalformedBody<>(
        "body is not a list of users: element 0: it is a JSON null, not an object", "[null]"));
  }

  @Test
  void orThrowOfAMalformedBodySaysWhatIsWrong() throws Exception {
    server.enqueue(Answers.json(200, adaJsonWith(u -> u.remove("email"))));

    KaitenResult<User> result = client.removeUserFromGroup("developers", 42);

    assertThatThrownBy(result::orThrow)
        .isInstanceOf(KaitenApiException.class)
        .hasMessage("HTTP 200 body is not a User: attribute 'email' is missing");
  }

  @Test
  void theBodyIsNotReadAsAListOfOneUser() throws Exception {
    server.enqueue(Answers.json(200, "[" + ADA_JSON + "]"));

    assertOutcome(client.addUserToGroup("developers", 42), new KaitenResult.MalformedBody<>(
        "body is not a User: it is a JSON array, not an object", "[" + ADA_JSON + "]"));
  }
}
