package io.kaitenkit.mock.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts the contract's path templates ({@code /groups/{group_uid}}) to Vert.x routes ({@code /groups/:group_uid}). */
final class PathTemplates {
  private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

  private PathTemplates() {}

  static String toVertx(String template) {
    return PARAM.matcher(template).replaceAll(":$1");
  }

  static List<String> parameterNames(String template) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PARAM.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
