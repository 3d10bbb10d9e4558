package io.kaitenkit.client.internal;

import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.RetryPolicy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** What every call shares: the HttpClient, the retry policy, the per-attempt timeout, the redaction. */
public final class Transport {
  private final HttpClient http;
  private final RetryPolicy retryPolicy;
  private final Duration timeout;
  private final RequestFactory requests;
  private final Clock clock;

  /** A transport over {@code http}; {@code timeout} bounds each attempt from connect to the body's last byte. */
  public Transport(HttpClient http, RetryPolicy retryPolicy, Duration timeout, RequestFactory requests) {
    this.http = http;
    this.retryPolicy = retryPolicy;
    this.timeout = timeout;
    this.requests = requests;
    this.clock = Clock.systemUTC();
  }

  /** A transport over a new HTTP/1.1 client that follows no redirects; {@code executor} may be null. */
  public static Transport create(RetryPolicy retryPolicy, Duration timeout, Duration connectTimeout,
      Executor executor, RequestFactory requests) {
    HttpClient.Builder http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout);
    if (executor != null) {
      http.executor(executor);
    }
    return new Transport(http.build(), retryPolicy, timeout, requests);
  }

  /** Sends the request, retrying as the policy allows; the future fails with an IOException only. */
  public <T, R extends KaitenResult<T>> CompletableFuture<R> call(Operation<T, R> operation, HttpRequest request) {
    return new HttpCall<>(this, operation, request).start();
  }

  HttpClient http() {
    return http;
  }

  RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  Duration timeout() {
    return timeout;
  }

  Clock clock() {
    return clock;
  }

  String redact(String text) {
    return requests.redact(text);
  }
}
