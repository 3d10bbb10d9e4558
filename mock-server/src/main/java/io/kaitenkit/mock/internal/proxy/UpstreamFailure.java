package io.kaitenkit.mock.internal.proxy;

import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Why the upstream gave no usable answer, as the status the proxy answers in its place (502, or 504
 * for a timeout) and a message that names the upstream. Messages never quote the request's headers.
 */
record UpstreamFailure(int status, String message) {
  private static final int LONGEST_DETAIL = 200;

  static UpstreamFailure of(Throwable failure, UpstreamTarget target, long timeoutMillis) {
    String upstream = target.displayName();
    if (find(failure, ConnectTimeoutException.class) != null || find(failure, TimeoutException.class) != null) {
      return new UpstreamFailure(504, "Upstream " + upstream + " did not answer within " + timeoutMillis + " ms");
    }
    if (find(failure, UnknownHostException.class) != null) {
      return new UpstreamFailure(502, "Upstream host " + target.host() + " is unknown (name resolution failed)");
    }
    if (find(failure, ConnectException.class) != null) {
      return new UpstreamFailure(502, "Upstream " + upstream + " refused the connection");
    }
    SSLException tls = find(failure, SSLException.class);
    if (tls != null) {
      return new UpstreamFailure(502, "TLS with upstream " + upstream + " failed: " + detail(tls));
    }
    return new UpstreamFailure(502, "Upstream " + upstream + " failed: " + detail(failure));
  }

  /** A failure after the answer's head was passed on: the client's connection is cut instead. */
  static UpstreamFailure midBody(Throwable failure, UpstreamTarget target, long timeoutMillis) {
    UpstreamFailure cause = of(failure, target, timeoutMillis);
    return new UpstreamFailure(cause.status, cause.message + " while sending the body; the client's connection was closed");
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  /** The innermost message, which says what actually went wrong (a certificate path, a closed socket). */
  private static String detail(Throwable failure) {
    Throwable telling = failure;
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause.getMessage() != null) {
        telling = cause;
      }
    }
    String text = telling.getMessage() == null ? telling.getClass().getSimpleName()
        : telling.getClass().getSimpleName() + ": " + telling.getMessage().lines().findFirst().orElse("");
    return text.length() <= LONGEST_DETAIL ? text : text.substring(0, LONGEST_DETAIL) + "…";
  }
}
