package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.internal.emulator.ApiCall;
import io.kaitenkit.mock.internal.emulator.Reply;
import io.kaitenkit.spec.Violation;
import java.util.List;

/** Told about every API exchange once its reply is sent; the journal is one. */
public interface ExchangeListener {
  void exchanged(ApiCall call, Reply reply, List<Violation> violations, long durationNanos);
}
