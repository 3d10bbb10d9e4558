package io.kaitenkit.client.internal;

import io.kaitenkit.client.KaitenResult;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One call: its attempts, the waits between them, and the one future that carries its outcome. */
final class HttpCall<T, R extends KaitenResult<T>> {
  private final Transport transport;
  private final Operation<T, R> operation;
  private final HttpRequest request;
  private final CompletableFuture<R> outcome = new CompletableFuture<>();
  private volatile CompletableFuture<HttpResponse<String>> inFlight;

  HttpCall(Transport transport, Operation<T, R> operation, HttpRequest request) {
    this.transport = transport;
    this.operation = operation;
    this.request = request;
  }

  CompletableFuture<R> start() {
    // Cancelling the caller's future (or interrupting a synchronous caller) aborts the exchange.
    outcome.whenComplete((result, failure) -> {
      CompletableFuture<HttpResponse<String>> sent = inFlight;
      if (outcome.isCancelled() && sent != null) {
        sent.cancel(true);
      }
    });
    attempt(1);
    return outcome;
  }

  private void attempt(int number) {
    if (outcome.isDone()) {
      return;
    }
    CompletableFuture<HttpResponse<String>> sent;
    try {
      sent = transport.http().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    } catch (RuntimeException e) {
      outcome.completeExceptionally(e);
      return;
    }
    inFlight = sent;
    if (outcome.isCancelled()) {
      sent.cancel(true);
    }
    withinTimeout(sent).whenComplete((response, failure) -> {
      if (failure == null) {
        onResponse(number, response);
      } else {
        onFailure(number, unwrap(failure));
      }
    });
  }

  /**
   * The response, or a timeout once the attempt has taken longer than the timeout. The HttpClient's own
   * request timeout ends when the headers arrive; this one also covers a body that stops midway.
   */
  private CompletableFuture<HttpResponse<String>> withinTimeout(CompletableFuture<HttpResponse<String>> sent) {
    Duration timeout = transport.timeout();
    CompletableFuture<HttpResponse<String>> bounded = new CompletableFuture<>();
    sent.whenComplete((response, failure) -> {
      if (failure == null) {
        bounded.complete(response);
      } else {
        bounded.completeExceptionally(failure);
      }
    });
    bounded.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    return bounded.handle((response, failure) -> {
      if (unwrap(failure) instanceof TimeoutException) {
        sent.cancel(true);
        throw new CompletionException(new HttpTimeoutException("request timed out after " + timeout));
      }
      if (failure != null) {
        throw failure instanceof CompletionException c ? c : new CompletionException(failure);
      }
      return response;
    });
  }

  private void onResponse(int number, HttpResponse<String> response) {
    R result;
    try {
      result = operation.result(response, transport::redact);
    } catch (RuntimeException e) {
      outcome.completeExceptionally(e);
      return;
    }
    if (result instanceof KaitenResult.RateLimited<?> limited) {
      Duration wait = RetryDecision.afterRateLimit(transport.retryPolicy(), operation.isWrite(), number,
          limited.reset(), transport.clock().instant());
      if (wait != null) {
        retryAfter(wait, number + 1);
        return;
      }
    }
    outcome.complete(result);
  }

  private void onFailure(int number, Throwable failure) {
    if (failure instanceof IOException) {
      Duration wait = RetryDecision.afterConnectionFailure(transport.retryPolicy(), operation.isWrite(), number);
      if (wait != null && !outcome.isDone()) {
        retryAfter(wait, number + 1);
        return;
      }
    }
    outcome.completeExceptionally(failure);
  }

  private void retryAfter(Duration wait, int number) {
    CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS).execute(() -> attempt(number));
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
