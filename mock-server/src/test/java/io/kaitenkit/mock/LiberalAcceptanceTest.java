package io.kaitenkit.mock;

import static io.kaitenkit.mock.MockAssertions.JSON;
import static io.kaitenkit.mock.MockAssertions.assertJson;
import static io.kaitenkit.mock.MockAssertions.assertNoBody;
import static io.kaitenkit.mock.MockAssertions.assertUser;
import static io.kaitenkit.mock.MockAssertions.parse;
import static io.kaitenkit.mock.MockAssertions.sendRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.TestHttp.Answer;
import io.kaitenkit.mock.TestHttp.RawAnswer;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.junit5.KaitenMockExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Be liberal in what you accept: headers and encodings real clients send must not change the answer. */
class LiberalAcceptanceTest {
  @RegisterExtension
  static final KaitenMockExtension MOCK = KaitenMockExtension.builder().build();

  @Test
  void bodilessDeleteWithJsonContentTypeIsAccepted() {
    Answer answer = api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN)
        .header("Content-Type", "application/json").send();

    assertThat(answer.status()).isEqualTo(200);
    assertUser(assertJson(answer), Demo.ADA);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.ADA)).isFalse();
  }

  @Test
  void bodilessGetWithJsonContentTypeIsAccepted() {
    Answer answer = api().list(Demo.DEVELOPERS).token(Demo.ADMIN).header("Content-Type", "application/json").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(assertJson(answer)).hasSize(2);
  }

  @ParameterizedTest(name = "Accept: {0}")
  @ValueSource(strings = {"*/*", "application/json", "text/html", "application/xml", "text/plain;q=0.5, image/png"})
  void anyAcceptGetsTheJsonAnswer(String accept) {
    Answer answer = api().list(Demo.DEVELOPERS).token(Demo.ADMIN).header("Accept", accept).send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(assertJson(answer)).hasSize(2);
  }

  @Test
  void anyAcceptStillGetsTheRemovedUser() {
    Answer answer = api().remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN).header("Accept", "text/html").send();

    assertThat(answer.status()).isEqualTo(200);
    assertUser(assertJson(answer), Demo.ADA);
  }

  @Test
  void acceptingGzipIsFineAndTheAnswerIsPlainByDefault() {
    Answer answer = api().list(Demo.DEVELOPERS).token(Demo.ADMIN).header("Accept-Encoding", "gzip, deflate").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Encoding")).isNull();
    assertThat(assertJson(answer)).hasSize(2);
  }

  @Test
  void withCompressionOnGzipIsHonouredAndDecodesToTheSameBody() throws IOException {
    try (KaitenMockServer gzipping = KaitenMockServer.start(MockOptions.builder().compressResponses(true).build())) {
      GroupUsersApi gzipApi = new GroupUsersApi(gzipping);
      String plain = gzipApi.list(Demo.DEVELOPERS).token(Demo.ADMIN).send().body();

      RawAnswer listed = gzipApi.list(Demo.DEVELOPERS).token(Demo.ADMIN).header("Accept-Encoding", "gzip").sendRaw();
      RawAnswer removed = gzipApi.remove(Demo.DEVELOPERS, Demo.ADA).token(Demo.ADMIN)
          .header("Accept-Encoding", "gzip, deflate").sendRaw();

      assertThat(listed.status()).isEqualTo(200);
      assertThat(listed.header("Content-Encoding")).isEqualTo("gzip");
      assertThat(gunzip(listed.body())).isEqualTo(plain);
      assertThat(parse(plain)).hasSize(2);
      assertThat(removed.header("Content-Encoding")).isEqualTo("gzip");
      assertUser(parse(gunzip(removed.body())), Demo.ADA);
      assertThat(gzipping.state().isMember(Demo.DEVELOPERS, Demo.ADA)).isFalse();
    }
  }

  @Test
  void percentEncodedGroupUidIsTheSameGroup() {
    Answer listed = api().list("%64evelopers").token(Demo.ADMIN).send();
    Answer removed = api().remove("%64%65velopers", Demo.ADA).token(Demo.ADMIN).send();
    Answer added = api().add("develop%65rs", Demo.BOB).token(Demo.ADMIN).send();

    assertThat(listed.status()).isEqualTo(200);
    assertThat(assertJson(listed)).hasSize(2);
    assertThat(removed.status()).isEqualTo(200);
    assertThat(added.status()).isEqualTo(200);
    assertThat(kaiten().state().members(Demo.DEVELOPERS)).containsExactly(Demo.BOB, Demo.ALAN);
  }

  @Test
  void percentEncodedSlashIsPartOfTheUid() {
    assertNoBody(sendRejected(kaiten(), api().list("dev%2Fops").token(Demo.ADMIN)), 404);
    ObjectNode state = (ObjectNode) parse(kaiten().state().toJson());
    state.withArray("groups").addObject()
        .put("uid", "dev/ops").put("id", 99).put("company", "acme").put("name", "Dev and ops")
        .set("users", JSON.createArrayNode().add(Demo.ALAN).add(Demo.GRACE));
    kaiten().state().replace(state.toString());

    Answer listed = api().list("dev%2Fops").token(Demo.ADMIN).send();
    Answer removed = api().remove("dev%2fops", Demo.ALAN).token(Demo.ADMIN).send();

    assertThat(listed.status()).isEqualTo(200);
    assertThat(assertJson(listed)).hasSize(2);
    assertThat(removed.status()).isEqualTo(200);
    assertThat(kaiten().state().members("dev/ops")).containsExactly(Demo.GRACE);
    assertThat(kaiten().state().members(Demo.DEVELOPERS)).containsExactly(Demo.ADA, Demo.ALAN);
  }

  @Test
  void postBodyWithoutContentTypeIsReadAsJson() {
    Answer answer = api().addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN).body("{\"user_id\": 2}").send();

    assertThat(answer.status()).isEqualTo(200);
    assertUser(assertJson(answer), Demo.BOB);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.BOB)).isTrue();
  }

  @Test
  void jsonContentTypeWithParametersIsJson() {
    Answer answer = api().addWithoutBody(Demo.DEVELOPERS).token(Demo.ADMIN)
        .header("Content-Type", "application/json; charset=UTF-8").body("{\"user_id\": 2}").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.BOB)).isTrue();
  }

  @Test
  void gzipCompressedRequestBodyIsAccepted() throws IOException {
    byte[] compressed = gzip("{\"user_id\": 2}");

    Answer answer = TestHttp.request("POST", kaiten().url("/groups/developers/users")).token(Demo.ADMIN)
        .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
        .bytes(compressed).send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.BOB)).isTrue();
  }

  @Test
  void aCompressedBodyIsDecodedAfterPlainRequestsOnTheSameConnectionAndPlainOnesStillAfterIt() throws IOException {
    String head = "%s /api/latest/groups/developers/users%s HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + Demo.ADMIN + "\r\n";
    byte[] gzipped = gzip("{\"user_id\": 2}");
    byte[] plain = "{\"user_id\": 2}".getBytes(StandardCharsets.UTF_8);

    List<RawExchange.Answer> answers = RawExchange.sendInTurn(kaiten().port(),
        (head.formatted("GET", "") + "\r\n").getBytes(StandardCharsets.UTF_8),
        RawExchange.bytes(head.formatted("POST", "") + "Content-Type: application/json\r\nContent-Encoding: gzip\r\n"
            + "Content-Length: " + gzipped.length + "\r\n\r\n", gzipped),
        (head.formatted("DELETE", "/2") + "\r\n").getBytes(StandardCharsets.UTF_8),
        RawExchange.bytes(head.formatted("POST", "") + "Content-Type: application/json\r\n"
            + "Content-Length: " + plain.length + "\r\n\r\n", plain));

    assertThat(answers).extracting(RawExchange.Answer::status).containsExactly(200, 200, 200, 200);
    assertThat(answers.get(1).body()).contains("\"id\":2");
    assertThat(answers.get(3).body()).contains("\"id\":2");
    assertThat(kaiten().state().isMember(Demo.DEVELOPERS, Demo.BOB)).isTrue();
    assertThat(kaiten().requests()).extracting(RecordedExchange::status).containsExactly(200, 200, 200, 200);
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** The server of this class, reset before each test by the extension. */
  private static KaitenMockServer kaiten() {
    return MOCK.server();
  }

  private static GroupUsersApi api() {
    return new GroupUsersApi(MOCK.server());
  }
}
