package io.kaitenkit.mock.internal.proxy;

import io.kaitenkit.mock.internal.redaction.Secrets;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.spec.Violation;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request on its way to the upstream and back, driven by Vert.x events on the event loop. An
 * answer up to {@link ValidationProxy#VALIDATED_BODY_LIMIT} is collected, checked and then sent whole;
 * a larger one is streamed as it arrives (with back-pressure) and recorded as not validated. The reply
 * (with the findings, for the journal) is handed over as the head is about to be written; the ledger is
 * updated before the response ends, so whoever reads either after the response sees them.
 */
final class ProxiedExchange {
  private static final Logger LOG = LoggerFactory.getLogger(ValidationProxy.class);

  private enum Phase { FORWARDING, BUFFERING, STREAMING, DONE }

  private final RoutingContext ctx;
  private final ValidationProxy proxy;
  private final Promise<Reply> reply;
  private final HttpServerRequest request;
  private final Secrets secrets;
  private Phase phase = Phase.FORWARDING;
  private final String operationId;
  private List<Violation> requestFindings = List.of();
  private HttpClientRequest upstreamRequest;
  private HttpClientResponse upstreamResponse;
  private Buffer collected;
  private Buffer held; // streaming keeps the latest chunk back until the ledger is updated
  private List<Violation> streamedFindings;
  private long lastUpstreamData; // System.nanoTime() of the last chunk, for the body's idle timeout
  private boolean pausedForClient; // while the client catches up the upstream's silence is ours
  private long bodyWatchdog = -1;

  /** @param operationId the operation the request matches, or null */
  ProxiedExchange(RoutingContext ctx, String operationId, ValidationProxy proxy, Promise<Reply> reply) {
    this.ctx = ctx;
    this.operationId = operationId;
    this.proxy = proxy;
    this.reply = reply;
    this.request = ctx.request();
    this.secrets = Secrets.of(request.headers(), request.query());
  }

  void start() {
    String method = request.method().name();
    Buffer body = ctx.body().buffer();
    if (operationId != null) {
      String text = body == null || body.length() == 0 ? null : body.toString(StandardCharsets.UTF_8);
      requestFindings = proxy.check().request(operationId, method, request.path(), request.query(),
          HopByHopHeaders.asMap(request.headers()), text);
    }
    ctx.addEndHandler(ended -> {
      if (ended.failed()) {
        abandon(); // the client went away: stop waiting for, or reading, the upstream's answer
      }
    });
    UpstreamTarget target = proxy.target();
    RequestOptions options = new RequestOptions()
        .setMethod(request.method())
        .setHost(target.host())
        .setPort(target.port())
        .setSsl(target.ssl())
        .setURI(target.requestUri(request.path(), request.query()))
        .setHeaders(HopByHopHeaders.toUpstream(request.headers(), target.hostHeader()))
        .setConnectTimeout(proxy.timeoutMillis())
        .setIdleTimeout(proxy.timeoutMillis()); // bounds the wait for the answer's head; watchBody its body
    proxy.client().request(options)
        .compose(upstream -> {
          upstreamRequest = upstream;
          return body == null || body.length() == 0 ? upstream.send() : upstream.send(body);
        })
        .onComplete(answer -> {
          if (answer.succeeded()) {
            relay(answer.result());
          } else {
            fail(answer.cause());
          }
        });
  }

  private void relay(HttpClientResponse upstream) {
    if (phase == Phase.DONE) {
      upstreamRequest.reset();
      return;
    }
    upstreamResponse = upstream;
    phase = Phase.BUFFERING;
    collected = Buffer.buffer();
    upstream.handler(this::chunk);
    upstream.exceptionHandler(this::fail);
    upstream.endHandler(ended -> end());
    lastUpstreamData = System.nanoTime();
    watchBody(proxy.timeoutMillis());
  }

  /**
   * The request's idle timeout covers the wait for the answer's head only; this one covers its body:
   * no chunk for the upstream timeout fails the exchange rather than leaving the client hanging.
   */
  private void watchBody(long delayMillis) {
    bodyWatchdog = ctx.vertx().setTimer(Math.max(1, delayMillis), id -> {
      if (phase == Phase.DONE) {
        return;
      }
      long idleMillis = (System.nanoTime() - lastUpstreamData) / 1_000_000;
      if (pausedForClient || idleMillis < proxy.timeoutMillis()) {
        watchBody(pausedForClient ? proxy.timeoutMillis() : proxy.timeoutMillis() - idleMillis);
      } else {
        fail(new TimeoutException("no part of the answer's body for " + idleMillis + " ms"));
      }
    });
  }

  private void chunk(Buffer data) {
    if (phase == Phase.DONE) {
      return;
    }
    lastUpstreamData = System.nanoTime();
    if (phase == Phase.BUFFERING) {
      if (collected.length() + data.length() <= ValidationProxy.VALIDATED_BODY_LIMIT) {
        collected.appendBuffer(data);
        return;
      }
      phase = Phase.STREAMING;
      int status = upstreamResponse.statusCode();
      streamedFindings = operationId == null ? List.of() : proxy.check().responseUnread(operationId, status,
          "larger than " + ValidationProxy.VALIDATED_BODY_LIMIT + " bytes, passed through unchecked");
      reply.complete(Reply.sentBy(status, secrets.scrub(concat(requestFindings, streamedFindings)),
          sent -> writeHead(true))); // the head goes out now; chunks follow as they arrive
      held = collected;
      collected = null;
    }
    HttpServerResponse response = ctx.response();
    response.write(held);
    held = data;
    if (response.writeQueueFull()) {
      upstreamResponse.pause();
      pausedForClient = true;
      response.drainHandler(drained -> {
        pausedForClient = false;
        lastUpstreamData = System.nanoTime();
        upstreamResponse.resume();
      });
    }
  }

  private void end() {
    if (phase == Phase.DONE) {
      return;
    }
    int status = upstreamResponse.statusCode();
    boolean streamed = phase == Phase.STREAMING;
    finish();
    if (streamed) {
      record(status, streamedFindings);
      ctx.response().end(held);
    } else {
      List<Violation> findings = record(status, operationId == null ? List.of() : checkResponse(status));
      reply.complete(Reply.sentBy(status, findings, sent -> {
        writeHead(false);
        ctx.response().end(collected);
      }));
    }
  }

  private List<Violation> checkResponse(int status) {
    try {
      String text = ResponseBodies.text(collected, upstreamResponse.getHeader("Content-Encoding"),
          upstreamResponse.getHeader("Content-Type"), ValidationProxy.VALIDATED_BODY_LIMIT);
      return proxy.check().response(operationId, status, HopByHopHeaders.asMap(upstreamResponse.headers()), text);
    } catch (ResponseBodies.UnreadableBody e) {
      return proxy.check().responseUnread(operationId, status, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("Proxy: could not check the answer of {}", operationId, e);
      return List.of(new Violation("response", "not validated: the check failed with " + e.getClass().getSimpleName()));
    }
  }

  /** Updates the ledger and answers the findings, credentials scrubbed. */
  private List<Violation> record(int status, List<Violation> responseFindings) {
    List<Violation> findings = secrets.scrub(concat(requestFindings, responseFindings));
    String path = secrets.scrub(request.path());
    if (operationId == null) {
      proxy.drift().unmatched(request.method().name(), path);
      LOG.debug("Proxy: {} {} matches no operation of the contract; upstream answered {}", request.method(), path, status);
    } else {
      proxy.drift().answered(operationId, status, findings);
      if (!findings.isEmpty()) {
        LOG.warn("Drift: {} {} ({}) answered {}: {}", request.method(), path, operationId, status, findings);
      }
    }
    return findings;
  }

  private void writeHead(boolean streaming) {
    HttpServerResponse response = ctx.response();
    response.setStatusCode(upstreamResponse.statusCode());
    if (upstreamResponse.statusMessage() != null) {
      response.setStatusMessage(upstreamResponse.statusMessage());
    }
    response.headers().addAll(HopByHopHeaders.toClient(upstreamResponse.headers()));
    if (streaming && upstreamResponse.getHeader("Content-Length") == null) {
      response.setChunked(true);
    }
    if (mockWouldCompress()) {
      // The mock's server compresses for clients that accept it; "identity" tells Vert.x to leave the
      // upstream's bytes alone, and Vert.x drops the header before sending.
      response.putHeader("Content-Encoding", "identity");
    }
  }

  private boolean mockWouldCompress() {
    int status = upstreamResponse.statusCode();
    return upstreamResponse.getHeader("Content-Encoding") == null
        && request.getHeader("Accept-Encoding") != null
        && request.method() != HttpMethod.HEAD
        && status >= 200 && status != 204 && status != 304;
  }

  private void fail(Throwable cause) {
    if (phase == Phase.DONE) {
      return;
    }
    boolean headSent = phase == Phase.STREAMING;
    finish();
    if (upstreamRequest != null) {
      upstreamRequest.reset(); // close the connection rather than pool a half-read one
    }
    UpstreamFailure failure = headSent
        ? UpstreamFailure.midBody(cause, proxy.target(), proxy.timeoutMillis())
        : UpstreamFailure.of(cause, proxy.target(), proxy.timeoutMillis());
    String message = secrets.scrub(failure.message());
    // After the head the journal has its entry already; the log and the ledger still get the failure.
    List<Violation> findings = secrets.scrub(concat(requestFindings, List.of(new Violation("proxy", message))));
    proxy.drift().upstreamFailed(message);
    LOG.warn("Proxy: {} {}: {}", request.method(), secrets.scrub(request.path()), message);
    if (headSent || ctx.response().headWritten()) {
      ctx.response().reset(); // the client must not take a cut-off body for a whole one
    } else {
      reply.tryComplete(Reply.message(failure.status(), message).withViolations(findings));
    }
  }

  private static List<Violation> concat(List<Violation> first, List<Violation> second) {
    List<Violation> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  private void finish() {
    phase = Phase.DONE;
    if (bodyWatchdog != -1) {
      ctx.vertx().cancelTimer(bodyWatchdog);
    }
  }

  private void abandon() {
    if (phase == Phase.DONE) {
      return;
    }
    finish();
    if (upstreamRequest != null) {
      upstreamRequest.reset();
    }
    reply.tryComplete(Reply.sentBy(0, List.of(), sent -> {})); // nobody to answer
    LOG.debug("Proxy: the client left before {} {} was answered", request.method(), secrets.scrub(request.path()));
  }
}
