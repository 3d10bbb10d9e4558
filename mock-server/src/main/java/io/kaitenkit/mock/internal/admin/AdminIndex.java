package io.kaitenkit.mock.internal.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The admin API's routes as data: what {@code GET /__admin} lists, and which methods a path allows, so
 * that a wrong method is answered 405 with {@code Allow} rather than 404.
 */
final class AdminIndex {
  /** One route: a method, a path relative to {@code /__admin} ({@code :name} is one segment) and its purpose. */
  record Entry(HttpMethod method, String path, String purpose) {}

  private final List<Entry> entries = new ArrayList<>();

  void add(HttpMethod method, String path, String purpose) {
    entries.add(new Entry(method, path, purpose));
  }

  /** The methods routed for this path (relative to {@code /__admin}), in table order; empty for an unknown path. */
  Set<String> allowed(String path) {
    Set<String> methods = new LinkedHashSet<>();
    for (Entry entry : entries) {
      if (matches(entry.path(), path)) {
        methods.add(entry.method().name());
      }
    }
    return methods;
  }

  ObjectNode toJson(String prefix) {
    ObjectNode root = AdminJson.MAPPER.createObjectNode();
    ArrayNode routes = root.putArray("routes");
    for (Entry entry : entries) {
      routes.addObject()
          .put("method", entry.method().name())
          .put("path", prefix + entry.path().replaceAll(":([a-z]+)", "{$1}"))
          .put("purpose", entry.purpose());
    }
    return root;
  }

  private static boolean matches(String template, String path) {
    String[] want = template.split("/", -1);
    String[] got = path.split("/", -1);
    if (want.length != got.length) {
      return false;
    }
    for (int i = 0; i < want.length; i++) {
      boolean ok = want[i].startsWith(":") ? !got[i].isEmpty() : want[i].equals(got[i]);
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
