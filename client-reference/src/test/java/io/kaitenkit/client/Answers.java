package io.kaitenkit.client;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/** The answers the client's tests enqueue on MockWebServer. */
final class Answers {
  private Answers() {}

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse text(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "text/plain; charset=utf-8")
        .body(body).build();
  }

  /** No body at all ({@code Content-Length: 0}). */
  static MockResponse empty(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  static MockResponse rateLimited(int remaining, long reset) {
    return new MockResponse.Builder().code(429)
        .addHeader("X-RateLimit-Remaining", Integer.toString(remaining))
        .addHeader("X-RateLimit-Reset", Long.toString(reset))
        .build();
  }

  /** Reads the request, then closes the connection without a byte of answer. */
  static MockResponse reset() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  /** Reads the request and never answers. */
  static MockResponse silence() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
  }

  /** A 200 announcing 100 bytes of JSON that sends 3 and then waits for the client to hang up. */
  static MockResponse stalledBody(HangUp hangUp) {
    return new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "application/json")
        .setHeader("Content-Length", 100)
        .socketHandler(hangUp)
        .build();
  }
}
