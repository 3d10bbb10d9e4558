package io.kaitenkit.spec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.spec.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Matching a template segment by segment gives the verdicts and values its regular expression gives. */
class PathTemplateTest {
  private static final List<String> TEMPLATES = List.of(
      "/api/latest/groups/{group_uid}/users/{user_id}",
      "/api/latest/groups/{uid}",
      "/api/latest/groups",
      "/api/latest/users/current",
      "/{a}/{b}",
      "/files/{name}.json", // a parameter inside a segment: the expression decides
      "/v{major}.{minor}/x",
      "");

  @Test
  void segmentsAndValuesAreTheTemplatesOwn() {
    PathTemplate template = PathTemplate.of("/api/latest/groups/{group_uid}/users/{user_id}");

    assertThat(template.values("/api/latest/groups/developers/users/42")).containsExactly("developers", "42");
    assertThat(template.values("/api/latest/groups/dev%2Fops/users/4")).containsExactly("dev%2Fops", "4");
    assertThat(template.values("/api/latest/groups//users/42")).as("an empty value").isNull();
    assertThat(template.values("/api/latest/groups/developers/users/")).as("an empty last value").isNull();
    assertThat(template.values("/api/latest/groups/developers/users/42/")).as("a trailing slash").isNull();
    assertThat(template.values("/api/latest/groups/a/b/users/42")).as("a value with a slash").isNull();
    assertThat(template.values("/api/latest/groups/developers/users")).as("one segment fewer").isNull();
    assertThat(template.values("api/latest/groups/developers/users/42")).as("no leading slash").isNull();
    assertThat(template.values("/api/latest/Groups/developers/users/42")).as("case counts").isNull();
    assertThat(PathTemplate.of("/api/latest/groups").values("/api/latest/groups")).isEmpty();
    assertThat(PathTemplate.of("/files/{name}.json").values("/files/report.json")).containsExactly("report");
    assertThat(PathTemplate.of("/files/{name}.json").values("/files/.json")).isNull();
  }

  @Test
  void everyPathGetsTheVerdictAndValuesOfTheTemplatesExpression() {
    Random random = new Random(20261204);
    String[] pieces = {"", "/", "api", "latest", "groups", "users", "current", "developers", "42", "x", "v1", ".",
        ".json", "files", "%2F", "a b", "\n", "{uid}"};
    int compared = 0;
    for (String text : TEMPLATES) {
      PathTemplate template = PathTemplate.of(text);
      Pattern expression = Placeholders.pattern(text, "[^/]+");
      List<String> paths = new ArrayList<>(List.of(text, text + "/", "/" + text, text.replace("{", "").replace("}", "")));
      for (int i = 0; i < 3000; i++) {
        paths.add(mutation(text, pieces, random));
      }
      for (String path : paths) {
        Matcher matcher = expression.matcher(path);
        String[] expected = null;
        if (matcher.matches()) {
          expected = new String[matcher.groupCount()];
          for (int g = 0; g < expected.length; g++) {
            expected[g] = matcher.group(g + 1);
          }
        }
        assertThat(template.values(path)).as("%s against %s", path, text).isEqualTo(expected);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(TEMPLATES.size() * 3004);
  }

  /** The template with its placeholders filled and a piece put in, cut out or swapped at random. */
  private static String mutation(String template, String[] pieces, Random random) {
    StringBuilder path = new StringBuilder(Placeholders.fill(template,
        name -> pieces[random.nextInt(pieces.length)]));
    int edits = random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = path.length() == 0 ? 0 : random.nextInt(path.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> path.insert(at, pieces[random.nextInt(pieces.length)]);
        case 1 -> path.delete(at, Math.min(path.length(), at + 1 + random.nextInt(4)));
        default -> path.replace(at, Math.min(path.length(), at + 1), "/");
      }
    }
    return path.toString();
  }
}
