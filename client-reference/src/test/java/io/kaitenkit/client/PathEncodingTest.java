package io.kaitenkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathEncodingTest {
  private final MockWebServer server = Servers.start();
  private final KaitenClient client = Fixtures.clientOf(server).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @ParameterizedTest(name = "''{0}'' is sent as {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "developers        | developers",
      "a1-b2.c_d~e       | a1-b2.c_d~e",
      "\"dev team\"      | dev%20team",
      "qa/ops            | qa%2Fops",
      "100%              | 100%25",
      "what?             | what%3F",
      "#1                | %231",
      "a+b&c=d;e         | a%2Bb%26c%3Dd%3Be",
      "группа            | %D0%B3%D1%80%D1%83%D0%BF%D0%BF%D0%B0",
      "😀                | %F0%9F%98%80",
      "..x               | ..x",
      "%2F               | %252F"})
  void theGroupUidIsOnePercentEncodedPathSegment(String groupUid, String rawSegment) throws Exception {
    server.enqueue(Answers.json(200, "[]"));
    server.enqueue(Answers.json(200, Fixtures.ADA_JSON));

    client.listGroupUsers(groupUid);
    client.removeUserFromGroup(groupUid, 42);

    assertThat(Servers.take(server).getTarget()).isEqualTo("/api/latest/groups/" + rawSegment + "/users");
    assertThat(Servers.take(server).getTarget()).isEqualTo("/api/latest/groups/" + rawSegment + "/users/42");
  }

  @Test
  void aTrailingSlashOnTheBaseUriDoesNotDoubleTheSlash() throws Exception {
    KaitenClient slashed = Fixtures.clientOf(URI.create(Servers.baseUri(server) + "/")).build();
    server.enqueue(Answers.json(200, "[]"));

    slashed.listGroupUsers("developers");

    assertThat(Servers.take(server).getTarget()).isEqualTo("/api/latest/groups/developers/users");
  }

  @Test
  void aBaseUriWithoutPathPutsTheGroupsAtTheRoot() throws Exception {
    URI root = URI.create("http://127.0.0.1:" + Servers.baseUri(server).getPort());
    KaitenClient atRoot = Fixtures.clientOf(root).build();
    server.enqueue(Answers.json(200, Fixtures.ADA_JSON));

    atRoot.addUserToGroup("developers", 7);

    assertThat(Servers.take(server).getTarget()).isEqualTo("/groups/developers/users");
  }
}
