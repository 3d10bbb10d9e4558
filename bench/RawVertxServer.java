import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: Vert.x 5 with one event loop, like the mock, answering a fixed 475-byte User JSON on
 * the mock's DELETE route, and a fixed list of 100 of them on its member-list route.
 * Usage: java -cp kaiten-mock-server.jar RawVertxServer.java PORT
 */
public class RawVertxServer {
  public static void main(String[] args) throws Exception {
    StringBuilder json = new StringBuilder("{\"id\":42,\"full_name\":\"Ada Lovelace\",\"email\":\"ada@acme.example\","
        + "\"username\":\"ada\",\"avatar_initials_url\":\"https://acme.kaiten.ru/avatars/initials/AL.png\","
        + "\"avatar_uploaded_url\":null,\"initials\":\"AL\",\"avatar_type\":2,\"lng\":\"en\",\"timezone\":\"UTC\","
        + "\"theme\":\"light\",\"updated\":\"2026-01-15T10:00:00.000Z\",\"created\":\"2025-06-01T09:30:00.000Z\","
        + "\"activated\":true,\"ui_version\":2,\"virtual\":false,\"email_blocked\":null,\"email_blocked_reason\":null,"
        + "\"delete_requested_at\":null");
    while (json.length() < 474) {
      json.append(' ');
    }
    Buffer body = Buffer.buffer(json.append('}').toString());
    if (body.length() != 475) {
      throw new IllegalStateException("body is " + body.length() + " bytes");
    }
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    Router router = Router.router(vertx);
    router.route(HttpMethod.DELETE, "/api/latest/groups/:group_uid/users/:user_id").handler(ctx ->
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(body));
    // A list of 100 such users (47.6 KB), to show what sending a member list's bytes costs by itself.
    Buffer list = Buffer.buffer("[");
    for (int i = 0; i < 100; i++) {
      list.appendString(i == 0 ? "" : ",").appendBuffer(body);
    }
    Buffer hundred = list.appendString("]");
    router.route(HttpMethod.GET, "/api/latest/groups/:group_uid/users").handler(ctx ->
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(hundred));
    int port = vertx.createHttpServer().requestHandler(router).listen(Integer.parseInt(args[0]), "127.0.0.1")
        .await(10, TimeUnit.SECONDS).actualPort();
    System.out.println("raw Vert.x listening on http://127.0.0.1:" + port);
  }
}
