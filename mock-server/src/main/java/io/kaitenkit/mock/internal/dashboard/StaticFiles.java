package io.kaitenkit.mock.internal.dashboard;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Serves read-only files found by name under one root (the class path, or the contract's folder): the
 * dashboard's page, the WebJars' libraries and the contract. Vert.x's own static handler is not used
 * because the mock turns class-path resolution off in its file system. Names are checked before any
 * lookup, so nothing outside the root can be named; files are read once and kept.
 */
final class StaticFiles {
  /** Segments of letters, digits, dot, dash and underscore; no segment that starts with a dot. */
  private static final Pattern SAFE_NAME = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "yaml", "application/yaml; charset=utf-8",
      "yml", "application/yaml; charset=utf-8",
      "png", "image/png",
      "svg", "image/svg+xml");

  private final Function<String, URL> resolver;
  private final Map<String, Buffer> cache = new ConcurrentHashMap<>();

  private StaticFiles(Function<String, URL> resolver) {
    this.resolver = resolver;
  }

  /** Files under a folder of the class path, e.g. {@code kaiten-mock-dashboard}. */
  static StaticFiles onClassPath(String folder) {
    ClassLoader loader = StaticFiles.class.getClassLoader();
    return new StaticFiles(name -> loader.getResource(folder + "/" + name));
  }

  /** Files beside a document given by URL (a file or a jar entry), e.g. the contract's split parts. */
  static StaticFiles besides(URL document) {
    return new StaticFiles(name -> {
      try {
        return new URL(document, name);
      } catch (IOException e) {
        return null;
      }
    });
  }

  /** A handler that answers the file named by the route's wildcard, or the given file when it is empty. */
  Handler<RoutingContext> handler(String index) {
    return ctx -> {
      String name = ctx.pathParam("*");
      serve(ctx, name == null || name.isEmpty() ? index : name);
    };
  }

  /** Answers one file, 404 when it is not there or its name is not allowed; reads off the event loop. */
  void serve(RoutingContext ctx, String name) {
    String type = TYPES.get(extension(name));
    if (type == null || !SAFE_NAME.matcher(name).matches()) {
      notFound(ctx);
      return;
    }
    Buffer known = cache.get(name);
    if (known != null) {
      send(ctx, type, known);
      return;
    }
    ctx.vertx().executeBlocking(() -> read(name), false).onComplete(read -> {
      if (read.failed()) {
        ctx.fail(read.cause());
      } else if (read.result().isEmpty()) {
        notFound(ctx); // unknown names are not kept: they cannot grow the cache
      } else {
        cache.put(name, read.result().get());
        send(ctx, type, read.result().get());
      }
    });
  }

  private static void send(RoutingContext ctx, String type, Buffer file) {
    ctx.response()
        .putHeader("Content-Type", type)
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Cache-Control", "no-cache")
        .end(file);
  }

  private static void notFound(RoutingContext ctx) {
    ctx.response().setStatusCode(404).putHeader("Content-Type", "application/json; charset=utf-8")
        .end("{\"message\":\"no dashboard file with that name\"}");
  }

  private Optional<Buffer> read(String name) {
    URL url = resolver.apply(name);
    if (url == null) {
      return Optional.empty();
    }
    try (InputStream in = url.openStream()) {
      return Optional.of(Buffer.buffer(in.readAllBytes()));
    } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
