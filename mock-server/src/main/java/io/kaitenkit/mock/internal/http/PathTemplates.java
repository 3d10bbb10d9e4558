package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.ApiOperation;

/** Converts the contract's path templates ({@code /groups/{group_uid}}) to Vert.x routes ({@code /groups/:group_uid}). */
final class PathTemplates {
  private PathTemplates() {}

  static String toVertx(String template) {
    String route = template;
    for (String name : ApiOperation.pathParameterNames(template)) {
      route = route.replace("{" + name + "}", ":" + name);
    }
    return route;
  }
}
