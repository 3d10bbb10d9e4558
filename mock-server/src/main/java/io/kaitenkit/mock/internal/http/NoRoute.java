package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.List;

/**
 * The emulator's answer to a request no operation of the contract matches: 405 with {@code Allow} when
 * the path is the contract's but the method is not, 404 otherwise; both with a JSON message.
 */
public final class NoRoute implements Dispatcher {
  private final KaitenApiSpec spec;

  public NoRoute(KaitenApiSpec spec) {
    this.spec = spec;
  }

  @Override
  public io.vertx.core.Future<Reply> dispatch(ApiCall call) {
    String allowed = allowedMethods(spec, call.rawPath());
    if (allowed.isEmpty()) {
      return Dispatcher.now(Reply.message(404, message(spec, call.method(), call.rawPath())));
    }
    return Dispatcher.now(Reply.message(405, "Method " + call.method() + " is not allowed on " + call.rawPath()
        + "; allowed: " + allowed).withHeader("Allow", allowed));
  }

  static String message(KaitenApiSpec spec, String method, String path) {
    return "No route for " + method + " " + path + "; the API lives under " + spec.basePath()
        + " and the admin API under /__admin";
  }

  /** The methods the contract documents on this path, comma-separated; empty when none. */
  static String allowedMethods(KaitenApiSpec spec, String path) {
    List<String> methods = spec.operations().stream()
        .map(ApiOperation::method)
        .distinct()
        .filter(method -> spec.findOperation(method, path).isPresent())
        .toList();
    return String.join(", ", methods);
  }
}
