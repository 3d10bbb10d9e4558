package io.kaitenkit.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with {@code {name}} placeholders: the contract's path templates
 * ({@code /groups/{group_uid}/users}) and the provider-state sentences
 * ({@code user {userId} is a member of group {groupUid}}).
 */
public final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");

  private Placeholders() {}

  /** The placeholders' names, in the order the text names them. */
  public static List<String> names(String template) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return List.copyOf(names);
  }

  /**
   * A pattern matching the whole text, with each placeholder a capturing group of {@code valueRegex}
   * (in the order of {@link #names}) and the rest matched literally.
   */
  public static Pattern pattern(String template, String valueRegex) {
    StringBuilder regex = new StringBuilder("^");
    Matcher matcher = PLACEHOLDER.matcher(template);
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(template.substring(last, matcher.start()))).append('(').append(valueRegex).append(')');
      last = matcher.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(template.substring(last))).append('$').toString());
  }

  /** The text with every placeholder replaced by what {@code value} answers for its name. */
  public static String fill(String template, Function<String, String> value) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value.apply(matcher.group(1))));
    }
    return matcher.appendTail(filled).toString();
  }
}
