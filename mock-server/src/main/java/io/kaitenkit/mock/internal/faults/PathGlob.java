package io.kaitenkit.mock.internal.faults;

import io.kaitenkit.mock.admin.internal.FaultChecks;
import java.util.Arrays;

/**
 * A path glob: {@code *} matches within one segment, {@code **} across segments, {@code ?} one
 * character other than {@code /}. Matching simulates every position of the glob at once (no
 * backtracking), so it takes time proportional to the path's length times the glob's, whatever the
 * glob: {@code **a**a**a**b} against a long path answers as fast as {@code /api/**}.
 */
final class PathGlob {
  /** Longer globs are refused when a fault is added; no path pattern needs more. */
  static final int MAX_LENGTH = FaultChecks.MAX_PATH_GLOB;

  private static final char ANY = '\u0001'; // ** (across segments)
  private static final char SEGMENT = '\u0002'; // * (within a segment)
  private static final char ONE = '\u0003'; // ?

  private final char[] tokens;

  private PathGlob(char[] tokens) {
    this.tokens = tokens;
  }

  static PathGlob compile(String glob) {
    StringBuilder tokens = new StringBuilder(glob.length());
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        tokens.append(ANY);
        i++;
      } else if (c == '*') {
        tokens.append(SEGMENT);
      } else if (c == '?') {
        tokens.append(ONE);
      } else {
        tokens.append(c);
      }
    }
    return new PathGlob(tokens.toString().toCharArray());
  }

  boolean matches(String path) {
    int n = tokens.length;
    boolean[] current = new boolean[n + 1];
    boolean[] next = new boolean[n + 1];
    current[0] = true;
    skipStars(current);
    for (int at = 0; at < path.length(); at++) {
      char c = path.charAt(at);
      boolean any = false;
      for (int i = 0; i < n; i++) {
        if (!current[i]) {
          continue;
        }
        char token = tokens[i];
        if (token == ANY || (token == SEGMENT && c != '/')) {
          next[i] = true; // a star takes the character and stays
          any = true;
        } else if (token == c || (token == ONE && c != '/')) {
          next[i + 1] = true;
          any = true;
        }
      }
      if (!any) {
        return false;
      }
      skipStars(next);
      boolean[] swap = current;
      current = next;
      next = swap;
      Arrays.fill(next, false);
    }
    return current[n];
  }

  /** A star may also match nothing: a position before one reaches the position after it. */
  private void skipStars(boolean[] states) {
    for (int i = 0; i < tokens.length; i++) {
      if (states[i] && (tokens[i] == ANY || tokens[i] == SEGMENT)) {
        states[i + 1] = true;
      }
    }
  }
}
