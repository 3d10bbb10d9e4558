package io.kaitenkit.mock.internal.emulator;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/**
 * The contract's {@code UserExtended}, as the member and admin lists answer it: the basic user plus
 * three attributes the state does not keep yet, written with fixed values.
 */
final class ExtendedUsers {
  private static final Buffer EXTENSION = Buffer.buffer(
      ",\"delete_confirmation_sent_at\":null,\"sd_telegram_id\":0,\"news_subscription\":false}"
          .getBytes(StandardCharsets.UTF_8));

  private ExtendedUsers() {}

  /** Appends the user (a JSON object) to {@code body} with the extended attributes. */
  static void append(Buffer body, Buffer basicUser) {
    body.appendBuffer(basicUser, 0, basicUser.length() - 1).appendBuffer(EXTENSION);
  }
}
