package io.kaitenkit.spec.internal;

import io.kaitenkit.spec.Placeholders;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operation's path template matched against decoded request paths. A template whose parameters
 * each fill a whole segment ({@code /groups/{group_uid}/users}) is compared segment by segment, which
 * strict mode does for every request and which costs a fraction of running a regular expression; one
 * with a parameter inside a segment ({@code /files/{name}.json}) uses the expression. Both give the
 * same verdicts: a parameter's value is one or more characters other than {@code /}.
 */
final class PathTemplate {
  private final String[] segments; // null entries for parameters; null when the pattern decides
  private final Pattern pattern;
  private final int parameterCount;

  private PathTemplate(String[] segments, Pattern pattern, int parameterCount) {
    this.segments = segments;
    this.pattern = pattern;
    this.parameterCount = parameterCount;
  }

  static PathTemplate of(String template) {
    List<String> names = Placeholders.names(template);
    String[] segments = template.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      List<String> named = Placeholders.names(segments[i]);
      if (named.isEmpty()) {
        continue;
      }
      if (named.size() > 1 || !segments[i].equals("{" + named.get(0) + "}")) {
        return new PathTemplate(null, Placeholders.pattern(template, "[^/]+"), names.size());
      }
      segments[i] = null;
    }
    return new PathTemplate(segments, null, names.size());
  }

  /** The parameters' values in the template's order, or null when the path is not the template's. */
  String[] values(String path) {
    if (segments == null) {
      Matcher matcher = pattern.matcher(path);
      if (!matcher.matches()) {
        return null;
      }
      String[] values = new String[parameterCount];
      for (int i = 0; i < parameterCount; i++) {
        values[i] = matcher.group(i + 1);
      }
      return values;
    }
    String[] values = new String[parameterCount];
    int parameter = 0;
    int start = 0;
    for (int i = 0; i < segments.length; i++) {
      int end = path.indexOf('/', start);
      boolean last = i == segments.length - 1;
      if (last != (end < 0)) {
        return null; // more or fewer segments than the template
      }
      if (end < 0) {
        end = path.length();
      }
      String segment = segments[i];
      if (segment == null) {
        if (end == start) {
          return null; // a parameter's value is never empty
        }
        values[parameter++] = path.substring(start, end);
      } else if (segment.length() != end - start || !path.startsWith(segment, start)) {
        return null;
      }
      start = end + 1;
    }
    return values;
  }
}
