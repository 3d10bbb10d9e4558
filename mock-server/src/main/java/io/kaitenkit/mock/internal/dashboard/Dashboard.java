package io.kaitenkit.mock.internal.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kaitenkit.mock.MockOptions;
import io.kaitenkit.mock.internal.admin.Admin;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Comparator;
import java.util.Properties;

/**
 * The local-dev dashboard beside the admin API: the page at {@code /__admin/ui}, the contract as
 * Swagger UI at {@code /__admin/docs}, and the few admin routes only the page needs (the overview, the
 * operations matrix, the live journal). The page and the libraries are static and public (the page asks
 * for the admin token itself); everything that reads or changes the mock sits behind the admin checks.
 */
public final class Dashboard {
  /** Where the page is, below the admin prefix. */
  public static final String UI_PATH = "/ui";
  public static final String DOCS_PATH = "/docs";
  private static final String PREFIX = "/__admin";
  private static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Vertx vertx;
  private final Admin admin;
  private final KaitenApiSpec spec;
  private final MockOptions options;
  private final StaticFiles page = StaticFiles.onClassPath("kaiten-mock-dashboard");
  private final StaticFiles swaggerUi = StaticFiles.onClassPath(SWAGGER_UI + swaggerUiVersion());
  private final StaticFiles contract;

  public Dashboard(Vertx vertx, Admin admin, KaitenApiSpec spec, MockOptions options) {
    this.vertx = vertx;
    this.admin = admin;
    this.spec = spec;
    this.options = options;
    this.contract = StaticFiles.besides(url(spec.source()));
  }

  /** The page, the docs and their libraries: static, answered without the admin token ({@link #isPublic}). */
  public void publicRoutes(Router router) {
    router.route(HttpMethod.GET, UI_PATH).handler(ctx -> page.serve(ctx, "index.html"));
    router.route(HttpMethod.GET, UI_PATH + "/*").handler(page.handler("index.html"));
    router.route(HttpMethod.GET, DOCS_PATH).handler(ctx -> page.serve(ctx, "docs.html"));
    // The root file is linked by its own name, so that the relative references of a split contract resolve.
    router.route(HttpMethod.GET, DOCS_PATH + "/contract").handler(ctx -> ctx.redirect(ctx.request().path() + "/" + contractFile()));
    router.route(HttpMethod.GET, DOCS_PATH + "/contract/*").handler(contract.handler(contractFile()));
    router.route(HttpMethod.GET, DOCS_PATH + "/documents").handler(ctx -> documents(ctx, router));
    router.route(HttpMethod.GET, DOCS_PATH + "/swagger-ui/*").handler(swaggerUi.handler("index.html"));
  }

  /**
   * Whether a request is for the page, the docs or their libraries: static files that anyone who
   * passes the admin API's origin and host checks may load (the page then asks for the token).
   */
  public boolean isPublic(HttpMethod method, String path) {
    if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
      return false;
    }
    String below = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
    return below.equals(UI_PATH) || below.startsWith(UI_PATH + "/")
        || below.equals(DOCS_PATH) || below.startsWith(DOCS_PATH + "/");
  }

  /** What the page reads from the mock; registered after the admin API's checks. */
  public void adminRoutes(Router router) {
    router.route(HttpMethod.GET, "/overview").handler(this::overview);
    router.route(HttpMethod.GET, "/operations").handler(ctx ->
        vertx.executeBlocking(() -> OperationsJson.of(spec, StateFacts.of(admin.state().snapshot())), false).onComplete(done -> {
          if (done.succeeded()) {
            ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(done.result());
          } else {
            ctx.fail(done.cause());
          }
        }));
    router.route(HttpMethod.GET, "/requests/stream").handler(new JournalStream(vertx, admin.journal(),
        options.idleTimeout()));
  }

  /** What the docs page shows: the contract, and the admin API's own document when a route serves one. */
  private void documents(RoutingContext ctx, Router router) {
    ArrayNode documents = MAPPER.createArrayNode();
    documents.addObject().put("name", "Kaiten API (the contract)").put("url", "/__admin" + DOCS_PATH + "/contract");
    router.getRoutes().stream()
        .map(Route::getPath)
        .filter(path -> path != null && path.startsWith("/openapi") && !path.contains(":") && !path.endsWith("*"))
        .sorted(Comparator.comparing((String path) -> !path.endsWith(".yaml")).thenComparing(path -> path))
        .findFirst()
        .ifPresent(path -> documents.addObject().put("name", "The mock's admin API").put("url", "/__admin" + path));
    ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(documents.toString());
  }

  private void overview(RoutingContext ctx) {
    ObjectNode node = MAPPER.createObjectNode()
        .put("basePath", spec.basePath())
        .put("contract", contractFile())
        .put("adminTokenRequired", options.adminToken() != null)
        .put("proxying", options.proxyTo() != null);
    ObjectNode settings = node.putObject("options")
        .put("host", options.host())
        .put("fixture", options.fixtureJson() != null ? "(inline)" : options.fixture())
        .put("strict", options.strict())
        .put("rateLimit", admin.rateLimit())
        .put("journalCapacity", options.journalCapacity())
        .put("maxBodySize", options.maxBodySize())
        .put("idleTimeoutSeconds", options.idleTimeout().toSeconds())
        .put("gzip", options.compressResponses());
    if (options.contract() != null) {
      settings.put("contract", options.contract().toString());
    }
    if (options.proxyTo() != null) {
      settings.put("proxyTo", options.proxyTo().toString());
    }
    ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(node.toString());
  }

  /** The contract's root file name, e.g. {@code kaiten-group-users.yaml}. */
  private String contractFile() {
    String source = spec.source();
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static URL url(String source) {
    try {
      return new URL(source);
    } catch (MalformedURLException e) {
      throw new IllegalStateException("the contract's source is not a URL: " + source, e);
    }
  }

  /** The WebJar's folder is named after its version, which its Maven metadata gives. */
  private static String swaggerUiVersion() {
    String metadata = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    try (InputStream in = Dashboard.class.getClassLoader().getResourceAsStream(metadata)) {
      if (in == null) {
        throw new IllegalStateException("the swagger-ui WebJar is not on the class path (" + metadata + ")");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
