package io.kaitenkit.client.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Waits for a call's future on the caller's thread. */
public final class Futures {
  private Futures() {}

  /**
   * The future's value. An IOException is thrown anew, of the same kind where it matters, so that its
   * stack trace shows the caller; an interrupt cancels the call.
   */
  public static <R> R await(CompletableFuture<R> future) throws IOException, InterruptedException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  private static IOException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    String message = cause.getMessage();
    IOException here;
    if (cause instanceof HttpConnectTimeoutException) {
      here = new HttpConnectTimeoutException(message);
    } else if (cause instanceof HttpTimeoutException) {
      here = new HttpTimeoutException(message);
    } else if (cause instanceof ConnectException) {
      here = new ConnectException(message);
    } else {
      return new IOException(message, cause);
    }
    here.initCause(cause);
    return here;
  }
}
