package io.kaitenkit.mock.internal.proxy;

import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Dispatcher;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.net.Hosts;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import java.time.Duration;

/**
 * Forwards API requests to a real Kaiten and returns its answers unchanged, checking both directions
 * against the contract on the way and keeping score in a {@link DriftLedger}. Everything runs on the
 * event loop: the upstream is called with a non-blocking Vert.x client.
 */
public final class ValidationProxy implements Dispatcher {
  /**
   * The largest answer kept whole for the contract check (8 MiB, thousands of users): smaller answers
   * are checked before the client gets their last byte; larger ones are passed through as they arrive
   * and recorded as not validated.
   */
  public static final int VALIDATED_BODY_LIMIT = 8 * 1024 * 1024;

  private final UpstreamTarget target;
  private final long timeoutMillis;
  private final HttpClient client;
  private final ContractCheck check;
  private final KaitenApiSpec spec;
  private final DriftLedger drift;

  public ValidationProxy(Vertx vertx, KaitenApiSpec spec, UpstreamTarget target, Duration timeout, DriftLedger drift) {
    this.target = target;
    this.timeoutMillis = Math.max(1, timeout.toMillis());
    this.spec = spec;
    this.check = new ContractCheck(spec);
    this.drift = drift;
    HttpClientOptions options = new HttpClientOptions()
        .setProtocolVersion(HttpVersion.HTTP_1_1)
        .setDefaultHost(target.host())
        .setDefaultPort(target.port())
        .setSsl(target.ssl())
        .setVerifyHost(true) // hostname verification against the JVM's default trust store
        .setForceSni(target.ssl() && !Hosts.isIpLiteral(target.host())) // TLS sends no server name for an IP
        .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMillis))
        .setDecompressionSupported(false) // bytes go to the client as the upstream sent them
        .setKeepAlive(true)
        .setKeepAliveTimeout(30);
    this.client = vertx.httpClientBuilder()
        .with(options)
        .with(new PoolOptions().setHttp1MaxSize(32))
        .build();
  }

  /**
   * Forwards the call; the reply comes once the upstream's answer is in (or, for one over
   * {@link #VALIDATED_BODY_LIMIT}, its head) and relays it, findings attached.
   */
  @Override
  public Future<Reply> dispatch(ApiCall call) {
    Promise<Reply> reply = Promise.promise();
    new ProxiedExchange(call.routing(), call.operation() == null ? null : call.operation().id(), this, reply).start();
    return reply.future();
  }

  UpstreamTarget target() {
    return target;
  }

  long timeoutMillis() {
    return timeoutMillis;
  }

  HttpClient client() {
    return client;
  }

  ContractCheck check() {
    return check;
  }

  KaitenApiSpec spec() {
    return spec;
  }

  DriftLedger drift() {
    return drift;
  }

  /** Where it forwards to, for banners and logs: {@code https://acme.kaiten.ru:443}. */
  @Override
  public String toString() {
    return (target.ssl() ? "https://" : "http://") + target.displayName() + target.pathPrefix();
  }
}
