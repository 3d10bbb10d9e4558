package io.kaitenkit.client;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.client.internal.Text;
import java.net.http.HttpHeaders;
import java.time.Instant;

/**
 * What Kaiten answered to one call, as a value: {@link Ok} with the typed body, or one record per documented
 * failure status. Every result keeps the answer's {@link #headers() headers} ({@code X-RateLimit-Remaining},
 * request ids) beside its {@link #code() status}.
 *
 * <p>Each operation answers one of four sealed subtypes, so that its type says which outcomes can come back:
 * {@link Plain} (401, 403, 404, 429), {@link WithBadRequest} (and 400), {@link WithTariff} (and 400, 402) and
 * {@link Search} (400, 401, 403, 429: a search finds nothing rather than 404). Why a shared {@link Ok}
 * rather than one sealed result per operation: see the package documentation.
 *
 * <p>Each failure record exists once and takes the success type {@code T} as a type argument only. A status
 * the operation does not document comes back as {@link Unexpected}, a 200 whose body breaks the contract as
 * {@link MalformedBody}. Handle the cases with {@code instanceof} (or, on Java 21, an exhaustive
 * {@code switch}), or call {@link #orThrow()} when anything but success is a bug.
 *
 * @param <T> what the call answers on success, e.g. {@code Group} or {@code List<UserExtended>}
 */
public sealed interface KaitenResult<T> permits KaitenResult.Plain, KaitenResult.WithBadRequest,
    KaitenResult.WithTariff, KaitenResult.Search {

  /** The HTTP status of the answer. */
  int code();

  /** The answer's headers, e.g. {@code headers().firstValue("X-RateLimit-Remaining")}. */
  HttpHeaders headers();

  /** The value of a successful answer; otherwise throws a {@link KaitenApiException} that says what happened. */
  T orThrow();

  /** The outcomes of an operation that documents 401, 403, 404 and 429. */
  sealed interface Plain<T> extends KaitenResult<T>
      permits Ok, Unauthorized, Forbidden, NotFound, RateLimited, MalformedBody, Unexpected {}

  /** The outcomes of an operation that documents 400, 401, 403, 404 and 429. */
  sealed interface WithBadRequest<T> extends KaitenResult<T>
      permits Ok, BadRequest, Unauthorized, Forbidden, NotFound, RateLimited, MalformedBody, Unexpected {}

  /** The outcomes of an operation that documents 400, 401, 402, 403, 404 and 429. */
  sealed interface WithTariff<T> extends KaitenResult<T> permits Ok, BadRequest, Unauthorized, TariffLimited,
      Forbidden, NotFound, RateLimited, MalformedBody, Unexpected {}

  /** The outcomes of a search, which documents 400, 401, 403 and 429: no match is an empty list, not a 404. */
  sealed interface Search<T> extends KaitenResult<T>
      permits Ok, BadRequest, Unauthorized, Forbidden, RateLimited, MalformedBody, Unexpected {}

  /** 200: the call did what it says; {@code value} is the body as the contract describes it. */
  record Ok<T>(T value, HttpHeaders headers) implements Plain<T>, WithBadRequest<T>, WithTariff<T>, Search<T> {
    public Ok {
      requireNonNull(value, "value == null");
      requireNonNull(headers, "headers == null");
    }

    /** With no headers, e.g. for a fake of the client in a test of your own code. */
    public Ok(T value) {
      this(value, Headers.NONE);
    }

    @Override
    public int code() {
      return 200;
    }

    @Override
    public T orThrow() {
      return value;
    }

    @Override
    public String toString() {
      return "HTTP 200 Ok " + value;
    }
  }

  /** 400: the request was malformed or invalid; the message says why. */
  record BadRequest<T>(String message, HttpHeaders headers) implements WithBadRequest<T>, WithTariff<T>, Search<T> {
    public BadRequest {
      requireNonNull(message, "message == null");
      requireNonNull(headers, "headers == null");
    }

    public BadRequest(String message) {
      this(message, Headers.NONE);
    }

    @Override
    public int code() {
      return 400;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, message);
    }

    @Override
    public String toString() {
      return "HTTP 400 BadRequest: " + message;
    }
  }

  /** 401: the token is missing, malformed or unknown. */
  record Unauthorized<T>(HttpHeaders headers)
      implements Plain<T>, WithBadRequest<T>, WithTariff<T>, Search<T> {
    public Unauthorized() {
      this(Headers.NONE);
    }

    @Override
    public int code() {
      return 401;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, "Invalid token: the token is missing, malformed or unknown");
    }

    @Override
    public String toString() {
      return "HTTP 401 Unauthorized";
    }
  }

  /** 402: the company's tariff does not include the feature (user groups). */
  record TariffLimited<T>(String message, HttpHeaders headers) implements WithTariff<T> {
    public TariffLimited {
      requireNonNull(message, "message == null");
      requireNonNull(headers, "headers == null");
    }

    public TariffLimited(String message) {
      this(message, Headers.NONE);
    }

    @Override
    public int code() {
      return 402;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, message);
    }

    @Override
    public String toString() {
      return "HTTP 402 TariffLimited: " + message;
    }
  }

  /** 403: the token's user may not do this (or, on {@code getCurrentUser}, is deactivated). */
  record Forbidden<T>(HttpHeaders headers) implements Plain<T>, WithBadRequest<T>, WithTariff<T>, Search<T> {
    public Forbidden() {
      this(Headers.NONE);
    }

    @Override
    public int code() {
      return 403;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, "Forbidden: the token's user may not do this");
    }

    @Override
    public String toString() {
      return "HTTP 403 Forbidden";
    }
  }

  /** 404: the group or the user does not exist, or the user is not a member (an admin) of the group. */
  record NotFound<T>(HttpHeaders headers) implements Plain<T>, WithBadRequest<T>, WithTariff<T> {
    public NotFound() {
      this(Headers.NONE);
    }

    @Override
    public int code() {
      return 404;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this,
          "Not Found: the group or the user does not exist, or the user is not a member or admin of the group");
    }

    @Override
    public String toString() {
      return "HTTP 404 NotFound";
    }
  }

  /**
   * 429: the token sent more requests than the rate limit allows.
   *
   * @param remaining requests left in the current window ({@code X-RateLimit-Remaining}); 0 when not sent
   * @param reset when the window ends ({@code X-RateLimit-Reset}), or null when not sent or unreadable
   * @param headers the answer's headers
   */
  record RateLimited<T>(int remaining, Instant reset, HttpHeaders headers)
      implements Plain<T>, WithBadRequest<T>, WithTariff<T>, Search<T> {
    /** With no headers beyond what the two values say. */
    public RateLimited(int remaining, Instant reset) {
      this(remaining, reset, Headers.NONE);
    }

    @Override
    public int code() {
      return 429;
    }

    @Override
    public T orThrow() {
      String when = reset == null ? "at an unknown time" : "at " + reset;
      throw new KaitenApiException(this, "Too Many Requests: " + remaining + " requests left, the window ends " + when);
    }

    @Override
    public String toString() {
      return "HTTP 429 RateLimited remaining=" + remaining + " reset=" + reset;
    }
  }

  /**
   * 200 whose body is not what the contract promises: not JSON, a required attribute missing or of the
   * wrong type. The call may have had its effect; only the answer cannot be read.
   *
   * @param problem what is wrong, e.g. {@code body is not a User: attribute 'email' is missing}
   * @param body the body as received
   * @param headers the answer's headers
   */
  record MalformedBody<T>(String problem, String body, HttpHeaders headers)
      implements Plain<T>, WithBadRequest<T>, WithTariff<T>, Search<T> {
    public MalformedBody {
      requireNonNull(problem, "problem == null");
      requireNonNull(body, "body == null");
      requireNonNull(headers, "headers == null");
    }

    public MalformedBody(String problem, String body) {
      this(problem, body, Headers.NONE);
    }

    @Override
    public int code() {
      return 200;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, problem);
    }

    @Override
    public String toString() {
      return "HTTP 200 MalformedBody: " + problem + "; body: " + Text.excerpt(body);
    }
  }

  /**
   * A status the operation does not document, such as a 500 or a 502 from a proxy.
   *
   * @param code the status
   * @param body the body as received, empty when there was none
   * @param headers the answer's headers
   */
  record Unexpected<T>(int code, String body, HttpHeaders headers)
      implements Plain<T>, WithBadRequest<T>, WithTariff<T>, Search<T> {
    public Unexpected {
      requireNonNull(body, "body == null");
      requireNonNull(headers, "headers == null");
    }

    public Unexpected(int code, String body) {
      this(code, body, Headers.NONE);
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, "undocumented status, body: " + Text.excerpt(body));
    }

    @Override
    public String toString() {
      return "HTTP " + code + " Unexpected, body: " + Text.excerpt(body);
    }
  }
}
