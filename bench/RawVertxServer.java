import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: Vert.x 5 with one event loop, like the mock, answering a fixed 475-byte User JSON on
 * the mock's DELETE route, a fixed list of 100 of them on its member-list route, and a list of 100
 * longer rows (79.3 KB) on its users route.
 * Usage: java -cp kaiten-mock-server.jar RawVertxServer.java PORT
 */
public class RawVertxServer {
  public static void main(String[] args) throws Exception {
    Buffer body = user(475);
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    Router router = Router.router(vertx);
    router.route(HttpMethod.DELETE, "/api/latest/groups/:group_uid/users/:user_id").handler(ctx ->
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(body));
    // A list of 100 such users (47.6 KB), to show what sending a member list's bytes costs by itself.
    Buffer hundred = hundredOf(body);
    router.route(HttpMethod.GET, "/api/latest/groups/:group_uid/users").handler(ctx ->
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(hundred));
    // 100 rows of 792 bytes (79.3 KB): the size of the mock's page of 100 users, whose rows are longer.
    Buffer page = hundredOf(user(792));
    router.route(HttpMethod.GET, "/api/latest/users").handler(ctx ->
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(page));
    int port = vertx.createHttpServer().requestHandler(router).listen(Integer.parseInt(args[0]), "127.0.0.1")
        .await(10, TimeUnit.SECONDS).actualPort();
    System.out.println("raw Vert.x listening on http://127.0.0.1:" + port);
  }

  /** A JSON array of 100 copies of the row. */
  private static Buffer hundredOf(Buffer row) {
    Buffer list = Buffer.buffer("[");
    for (int i = 0; i < 100; i++) {
      list.appendString(i == 0 ? "" : ",").appendBuffer(row);
    }
    return list.appendString("]");
  }

  /** A User JSON padded with spaces to {@code size} bytes. */
  private static Buffer user(int size) {
    StringBuilder json = new StringBuilder("{\"id\":42,\"full_name\":\"Ada Lovelace\",\"email\":\"ada@acme.example\","
        + "\"username\":\"ada\",\"avatar_initials_url\":\"https://acme.kaiten.ru/avatars/initials/AL.png\","
        + "\"avatar_uploaded_url\":null,\"initials\":\"AL\",\"avatar_type\":2,\"lng\":\"en\",\"timezone\":\"UTC\","
        + "\"theme\":\"light\",\"updated\":\"2026-01-15T10:00:00.000Z\",\"created\":\"2025-06-01T09:30:00.000Z\","
        + "\"activated\":true,\"ui_version\":2,\"virtual\":false,\"email_blocked\":null,\"email_blocked_reason\":null,"
        + "\"delete_requested_at\":null");
    while (json.length() < size - 1) {
      json.append(' ');
    }
    Buffer user = Buffer.buffer(json.append('}').toString());
    if (user.length() != size) {
      throw new IllegalStateException("the user is " + user.length() + " bytes");
    }
    return user;
  }
}
