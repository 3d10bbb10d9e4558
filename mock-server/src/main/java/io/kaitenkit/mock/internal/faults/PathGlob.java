package io.kaitenkit.mock.internal.faults;

import java.util.regex.Pattern;

/** Path globs: {@code *} matches within one segment, {@code **} across segments, {@code ?} one character. */
final class PathGlob {
  private PathGlob() {}

  static Pattern compile(String glob) {
    StringBuilder regex = new StringBuilder("^");
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        regex.append(".*");
        i += 2;
      } else if (c == '*') {
        regex.append("[^/]*");
        i++;
      } else if (c == '?') {
        regex.append("[^/]");
        i++;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return Pattern.compile(regex.append('$').toString());
  }
}
