package io.kaitenkit.mock.internal.strict;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.LogCapture;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.http.StreamedBody;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Strict mode: a reply that departs from the contract yields the violations and an ERROR log line. */
@Isolated
class StrictModeTest {
  private static final String ADA = """
      {"id":42,"full_name":"Ada Lovelace","email":"ada@acme.example","username":"ada",
       "avatar_initials_url":"https://acme.kaiten.ru/avatars/initials/AL.png","avatar_uploaded_url":null,
       "initials":"AL","avatar_type":2,"lng":"en","timezone":"UTC","theme":"light",
       "updated":"2026-01-15T10:00:00.000Z","created":"2025-06-01T09:30:00.000Z","activated":true,
       "ui_version":2,"virtual":false,"email_blocked":null,"email_blocked_reason":null,
       "delete_requested_at":null}
      """;

  private final StrictMode strictMode = new StrictMode(KaitenApiSpec.bundled());
  private LogCapture log;

  @BeforeEach
  void captureLog() {
    log = LogCapture.of(StrictMode.class.getName());
  }

  @AfterEach
  void releaseLog() {
    log.close();
  }

  @Test
  void aConformingReplyHasNoViolationsAndLogsNothing() {
    List<Violation> violations = strictMode.check("removeUserFromGroup", Reply.json(200, Buffer.buffer(ADA)));

    assertThat(violations).isEmpty();
    assertThat(log.errors()).isEmpty();
  }

  @Test
  void aUserWithoutEmailIsAViolationLoggedAtError() {
    String withoutEmail = ADA.replace("\"email\":\"ada@acme.example\",", "");

    List<Violation> violations = strictMode.check("removeUserFromGroup", Reply.json(200, Buffer.buffer(withoutEmail)));

    assertThat(violations).isNotEmpty();
    assertThat(violations.toString()).contains("email");
    assertThat(log.errors()).singleElement().asString()
        .contains("removeUserFromGroup").contains("200").contains("email");
  }

  @Test
  void aThemeOutsideTheEnumIsAViolation() {
    String pink = ADA.replace("\"theme\":\"light\"", "\"theme\":\"pink\"");

    List<Violation> violations = strictMode.check("addUserToGroup", Reply.json(200, Buffer.buffer(pink)));

    assertThat(violations).extracting(Violation::location).anyMatch(location -> location.contains("theme"));
    assertThat(log.errors()).singleElement().asString().contains("addUserToGroup").contains("theme");
  }

  @Test
  void anUndocumentedStatusIsAViolationLoggedAtError() {
    List<Violation> violations = strictMode.check("listGroupUsers", Reply.empty(418));

    assertThat(violations).extracting(Violation::location).containsExactly("status");
    assertThat(violations.get(0).message()).contains("418");
    assertThat(log.errors()).singleElement().asString().contains("listGroupUsers").contains("418");
  }

  @Test
  void aViolationIsReportedEveryTimeNotOnlyOnce() {
    strictMode.check("listGroupUsers", Reply.empty(418));
    strictMode.check("listGroupUsers", Reply.empty(418));

    assertThat(strictMode.check("listGroupUsers", Reply.empty(418))).isNotEmpty();
    assertThat(log.errors()).hasSize(3);
  }

  @Test
  void aConformingShapeDoesNotVouchForAnotherOperation() {
    assertThat(strictMode.check("removeUserFromGroup", Reply.tariffLimited())).isEmpty();

    assertThat(strictMode.check("listGroupUsers", Reply.tariffLimited())).isNotEmpty();
    assertThat(log.errors()).singleElement().asString().contains("listGroupUsers").contains("402");
  }

  @Test
  void a402OnListingIsAViolation() {
    List<Violation> violations = strictMode.check("listGroupUsers",
        Reply.message(402, "Feature is not supported by tariff"));

    assertThat(violations).extracting(Violation::location).containsExactly("status");
    assertThat(log.errors()).hasSize(1);
  }

  @Test
  void aBodyOnA403IsAViolation() {
    Reply withBody = Reply.json(403, Buffer.buffer("{\"message\":\"no\"}"));

    assertThat(strictMode.check("removeUserFromGroup", withBody)).isNotEmpty();
    assertThat(log.errors()).hasSize(1);
  }

  @Test
  void a429WithoutItsHeadersIsAViolation() {
    List<Violation> violations = strictMode.check("removeUserFromGroup", Reply.empty(429));

    assertThat(violations.toString()).contains("X-RateLimit-Remaining").contains("X-RateLimit-Reset");
    assertThat(log.errors()).hasSize(1);
  }

  @Test
  void a401WithJsonInsteadOfPlainTextIsAViolation() {
    assertThat(strictMode.check("listGroupUsers", Reply.message(401, "Invalid token"))).isNotEmpty();
    assertThat(log.errors()).hasSize(1);
  }

  @Test
  void aBodyOtherThanTheLastConformingOneIsCheckedAgain() {
    Buffer conforming = Buffer.buffer(ADA);
    Buffer withoutEmail = Buffer.buffer(ADA.replace("\"email\":\"ada@acme.example\",", ""));

    List<Violation> first = strictMode.check("removeUserFromGroup", Reply.json(200, conforming));
    List<Violation> again = strictMode.check("removeUserFromGroup", Reply.json(200, conforming));
    List<Violation> other = strictMode.check("removeUserFromGroup", Reply.json(200, withoutEmail));

    assertThat(first).isEmpty();
    assertThat(again).isEmpty();
    assertThat(other).isNotEmpty();
    assertThat(other.toString()).contains("email");
  }

  @Test
  void aStreamedListIsCheckedOnItsSampleAndADepartureInItIsReported() {
    String extended = ADA.strip().replaceFirst("}$",
        ",\"delete_confirmation_sent_at\":null,\"sd_telegram_id\":0,\"news_subscription\":false}");
    String withoutEmail = extended.replace("\"email\":\"ada@acme.example\",", "");

    List<Violation> conforming = strictMode.check("listGroupUsers", Reply.userList(new SampledOnly("[" + extended + "]")));
    List<Violation> departing = new StrictMode(KaitenApiSpec.bundled())
        .check("listGroupUsers", Reply.userList(new SampledOnly("[" + extended + "," + withoutEmail + "]")));

    assertThat(conforming).isEmpty();
    assertThat(departing.toString()).contains("email");
    assertThat(log.errors()).singleElement().asString().contains("listGroupUsers").contains("email");
  }

  /** A streamed body that only gives its sample: strict mode must never make the body itself. */
  private record SampledOnly(String sample) implements StreamedBody {
    @Override
    public long length() {
      return 1L << 40;
    }

    @Override
    public Buffer sample(int maxBytes) {
      assertThat(maxBytes).isLessThanOrEqualTo(64 * 1024);
      return Buffer.buffer(sample);
    }

    @Override
    public boolean appendTo(Buffer out, int atLeast) {
      throw new AssertionError("strict mode made the whole body");
    }
  }
}
