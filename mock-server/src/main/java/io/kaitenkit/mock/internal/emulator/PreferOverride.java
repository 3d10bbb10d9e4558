package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Dispatcher;
import io.kaitenkit.mock.internal.http.Reply;
import io.vertx.core.Future;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 3 of the decision order, Prism's {@code Prefer: code=N}: answer the documented response N with
 * the contract's example and leave the state alone. It stands behind token and validity on purpose: an
 * override must never let through a request the real API would reject.
 */
public final class PreferOverride implements Dispatcher {
  private static final Pattern CODE = Pattern.compile("(?:^|[\\s,;])code\\s*=\\s*\"?(\\d{1,9})\"?(?![\\w.])");

  private final LongSupplier clock;
  private final Dispatcher next;

  public PreferOverride(LongSupplier clock, Dispatcher next) {
    this.clock = clock;
    this.next = next;
  }

  @Override
  public Future<Reply> dispatch(ApiCall call) {
    int preferred = requestedCode(call.header("Prefer"));
    boolean answerable = preferred >= 0
        && (call.operation().documents(preferred) || call.operation().documents(400));
    // An undocumented code is refused with 400 where the operation documents one; elsewhere that 400
    // would itself break the contract, so the header is ignored.
    return !answerable ? next.dispatch(call)
        : Dispatcher.now(DocumentedExamples.reply(call.operation(), preferred, clock.getAsLong()));
  }

  /**
   * The status asked for, or -1 when the header asks for none. The whole number counts: {@code code=2001}
   * asks for 2001 (undocumented), not for 200.
   */
  static int requestedCode(String prefer) {
    if (prefer == null) {
      return -1;
    }
    Matcher matcher = CODE.matcher(prefer);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }
}
