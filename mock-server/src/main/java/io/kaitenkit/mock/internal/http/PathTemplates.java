package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.Placeholders;

/** Converts the contract's path templates ({@code /groups/{group_uid}}) to Vert.x routes ({@code /groups/:group_uid}). */
final class PathTemplates {
  private PathTemplates() {}

  static String toVertx(String template) {
    return Placeholders.fill(template, name -> ":" + name);
  }
}
