package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.assertConforms;
import static io.kaitenkit.mock.MockAssertions.assertExtendedUser;
import static io.kaitenkit.mock.MockAssertions.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaitenkit.mock.TestHttp.Answer;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers too large to keep whole are written while they are sent: a group of 1,500 members (about
 * 900 KB of users) and the whole state. They arrive complete, with the right length, and conform.
 */
class LargeAnswersTest {
  private static final int MEMBERS = 1_500;
  private static final String TOKEN = "crowd-admin-token";

  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @BeforeEach
  void loadACrowd() {
    MOCK.server().state().replace(crowd());
  }

  @Test
  void aLargeGroupIsListedWholeInIdOrderWithItsLength() {
    Answer answer = list();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Length"))
        .isEqualTo(Integer.toString(answer.body().getBytes(StandardCharsets.UTF_8).length));
    JsonNode users = assertJson(answer);
    List<Long> ids = new ArrayList<>();
    users.forEach(user -> ids.add(user.get("id").asLong()));
    assertThat(ids).hasSize(MEMBERS).isSorted().startsWith(1L).endsWith((long) MEMBERS);
    assertExtendedUser(users.get(0), 1);
    assertExtendedUser(users.get(MEMBERS - 1), MEMBERS);
    assertThat(users.get(7).get("full_name").asText()).isEqualTo("Member 8 of the crowd");
    assertThat(users.get(9).get("news_subscription").asBoolean()).isTrue();
    assertConforms("listGroupUsers", answer); // the whole body, not only what strict mode samples
  }

  @Test
  void strictModeFindsNothingInALargeListAndItFollowsTheState() {
    list();
    MOCK.server().state().removeMember("crowd", 2);
    Answer after = list();

    assertThat(assertJson(after)).hasSize(MEMBERS - 1);
    assertThat(after.body()).doesNotContain("\"id\":2,");
    assertThat(MOCK.server().requests()).extracting(RecordedExchange::violations).containsOnly(List.of());
    assertThat(MOCK.server().requests()).extracting(RecordedExchange::status).containsOnly(200);
  }

  @Test
  void theStateIsSentInChunksAsToJsonGivesItAndReadsBack() {
    String expected = MOCK.server().state().toJson();

    Answer answer = TestHttp.request("GET", MOCK.server().adminUrl() + "/state").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.header("Transfer-Encoding")).isEqualToIgnoringCase("chunked");
    assertThat(answer.body()).isEqualTo(expected).contains("\"full_name\" : \"Member 1500 of the crowd\"");
    Answer put = TestHttp.request("PUT", MOCK.server().adminUrl() + "/state").json(answer.body()).send();
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(MOCK.server().state().toJson()).isEqualTo(expected);
  }

  @Test
  void aClientThatHangsUpDuringTheStateLeavesTheMockAnswering() throws Exception {
    URI admin = URI.create(MOCK.server().adminUrl());
    try (Socket socket = new Socket(admin.getHost(), admin.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /__admin/state HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(64);
      assertThat(new String(head, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");
    }

    Answer answer = list();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(assertJson(answer)).hasSize(MEMBERS);
  }

  private static Answer list() {
    return TestHttp.request("GET", MOCK.server().baseUrl() + "/groups/crowd/users").token(TOKEN).send();
  }

  /** One company, an admin with a token, and a group of {@link #MEMBERS} users; the tenth with extended attributes. */
  private static String crowd() {
    StringBuilder users = new StringBuilder();
    StringBuilder members = new StringBuilder();
    for (int id = 1; id <= MEMBERS; id++) {
      users.append(id == 1 ? "" : ",").append("{\"id\":").append(id).append(",\"company\":\"acme\",")
          .append(id == 1 ? "\"company_admin\":true," : "")
          .append(id == 10 ? "\"news_subscription\":true,\"role\":2," : "")
          .append("\"full_name\":\"Member ").append(id).append(" of the crowd\",\"email\":\"member")
          .append(id).append("@acme.example\"}");
      members.append(id == 1 ? "" : ",").append(id);
    }
    return "{\"companies\":[{\"domain\":\"acme\",\"id\":1,\"tariff\":{\"groups\":true}}],\"users\":[" + users
        + "],\"groups\":[{\"uid\":\"crowd\",\"id\":10,\"company\":\"acme\",\"name\":\"Crowd\",\"users\":[" + members
        + "]}],\"tokens\":{\"" + TOKEN + "\":1}}";
  }
}
