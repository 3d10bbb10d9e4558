package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;

/**
 * Emulates one operation once token, validity, Prefer and rate limit passed; runs under the state lock.
 * One class per operation in {@code io.kaitenkit.mock.internal.emulator.operations}, listed in
 * {@link io.kaitenkit.mock.internal.emulator.operations.Operations}; {@link OperationChecks} holds the
 * checks they share.
 */
public interface OperationHandler {
  String operationId();

  Reply handle(KaitenModel state, UserRecord actor, ApiCall call); // tariff, permission, existence, action
}
