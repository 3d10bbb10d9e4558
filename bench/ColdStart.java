import io.kaitenkit.mock.KaitenMockServer;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/**
 * One cold start in process: a fresh JVM starts a server, asks it once and prints how long that took
 * since the JVM started (and the CPU time it took). "raw" is a bare Vert.x HTTP server with one event loop; "mock" is
 * KaitenMockServer.start() on the demo fixture, strict mode on, asked for a group's members.
 * Usage: java -cp kaiten-mock-server.jar:CLASSES ColdStart raw|mock
 */
public class ColdStart {
  public static void main(String[] args) throws Exception {
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    HttpClient client = HttpClient.newHttpClient();
    int status;
    if (args[0].equals("raw")) {
      Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
      HttpServer server = vertx.createHttpServer()
          .requestHandler(request -> request.response().putHeader("Content-Type", "application/json").end("[]"))
          .listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
      status = ask(client, "http://127.0.0.1:" + server.actualPort() + "/api/latest/groups/developers/users");
      report(args[0], jvmStart, status);
      vertx.close().await(10, TimeUnit.SECONDS);
    } else {
      try (KaitenMockServer mock = KaitenMockServer.start()) {
        status = ask(client, mock.baseUrl() + "/groups/developers/users");
        report(args[0], jvmStart, status);
      }
    }
    System.exit(status == 200 ? 0 : 1);
  }

  private static int ask(HttpClient client, String url) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer demo-admin-token").build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Prints wall-clock ms since the JVM started, the status, and the process's CPU ms (all threads) so far. */
  private static void report(String kind, long jvmStart, int status) {
    long cpuNanos = ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.out.println("COLD " + kind + " " + (System.currentTimeMillis() - jvmStart) + " " + status + " "
        + cpuNanos / 1_000_000);
  }
}
