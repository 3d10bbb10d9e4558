package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.Placeholders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the routed operation of a plain request path, one of letters, digits and the like between
 * single slashes, by comparing segments: Vert.x's routes run a regular expression per route, one
 * route after another, and on the busiest paths that cost a tenth of a request's time. A path that
 * is not plain (a percent sign, a dot segment, an empty segment, a trailing slash) is left to the
 * routes, which normalise and decode it; for a plain path both find the same operation and values.
 */
final class PlainPaths {
  /**
   * A routed operation: its method, and its path's segments, with null for each parameter; segments
   * are null for a path with a parameter inside a segment, which is left to the routes.
   */
  private record Template(String method, String[] segments, List<String> names, CallHandler handler) {}

  /** What a plain path names: the handler of its operation and the values of its parameters. */
  record Match(CallHandler handler, Map<String, String> pathParams) {}

  private final List<Template> templates = new ArrayList<>();

  /** Adds an operation's route; operations are tried in the order they were added, as routes are. */
  void add(String basePath, ApiOperation operation, CallHandler handler) {
    List<String> names = new ArrayList<>();
    String[] segments = segmentsOf(basePath + operation.path(), names);
    templates.add(new Template(operation.method(), segments, List.copyOf(names), handler));
  }

  /**
   * The template's segments, null for each parameter, whose names go to {@code names} in order; null
   * when a parameter shares its segment with other text.
   */
  private static String[] segmentsOf(String template, List<String> names) {
    String[] segments = template.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      List<String> named = Placeholders.names(segments[i]);
      if (named.size() == 1 && segments[i].equals("{" + named.get(0) + "}")) {
        names.add(named.get(0));
        segments[i] = null;
      } else if (!named.isEmpty()) {
        return null;
      }
    }
    return segments;
  }

  /** The operation the path names, or null when none does or the path is not plain. */
  Match match(String method, String path) {
    if (!isPlain(path)) {
      return null;
    }
    for (Template template : templates) {
      if (template.method.equals(method)) {
        if (template.segments == null) {
          return null; // the routes decide from here on, so that the first route to match still wins
        }
        Map<String, String> params = matches(template, path);
        if (params != null) {
          return new Match(template.handler, params);
        }
      }
    }
    return null;
  }

  /** The template's parameters taken from the path, or null when the path is not the template's. */
  private static Map<String, String> matches(Template template, String path) {
    Map<String, String> params = null;
    int start = 1;
    int nameIndex = 0;
    for (String segment : template.segments) {
      if (start > path.length()) {
        return null; // the path has fewer segments
      }
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      if (segment == null) {
        if (params == null) {
          params = new HashMap<>(4);
        }
        params.put(template.names.get(nameIndex++), path.substring(start, end));
      } else if (segment.length() != end - start || !path.startsWith(segment, start)) {
        return null;
      }
      start = end + 1;
    }
    if (start <= path.length()) {
      return null; // the path has more segments
    }
    return params == null ? Map.of() : params;
  }

  /**
   * True for a path of non-empty segments of characters that need no decoding or normalising: no
   * percent sign, no dot segment, no empty segment, no trailing slash.
   */
  static boolean isPlain(String path) {
    if (path == null || path.length() < 2 || path.charAt(0) != '/' || path.charAt(path.length() - 1) == '/') {
      return false;
    }
    int segmentStart = 1;
    for (int i = 1; i <= path.length(); i++) {
      char c = i < path.length() ? path.charAt(i) : '/';
      if (c == '/') {
        int length = i - segmentStart;
        if (length == 0 || (length <= 2 && isDots(path, segmentStart, length))) {
          return false;
        }
        segmentStart = i + 1;
      } else if (!isPlainCharacter(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDots(String path, int start, int length) {
    return path.charAt(start) == '.' && (length == 1 || path.charAt(start + 1) == '.');
  }

  /** RFC 3986's unreserved characters: they mean themselves wherever they stand. */
  private static boolean isPlainCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
