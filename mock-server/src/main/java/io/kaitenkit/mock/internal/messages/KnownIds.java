package io.kaitenkit.mock.internal.messages;

import java.util.Collection;
import java.util.Iterator;
import java.util.StringJoiner;

/**
 * Lists known ids in an error message without letting a large state make the message large: the
 * first {@value #SHOWN}, then how many more there are.
 */
public final class KnownIds {
  static final int SHOWN = 20;

  private KnownIds() {}

  /** {@code [a, b, c]}, or {@code [a, …, t, ... and 80 more]} past {@value #SHOWN}. */
  public static String list(Collection<?> ids) {
    StringJoiner joined = new StringJoiner(", ", "[", "]");
    Iterator<?> iterator = ids.iterator();
    for (int i = 0; i < SHOWN && iterator.hasNext(); i++) {
      joined.add(String.valueOf(iterator.next()));
    }
    int more = ids.size() - SHOWN;
    if (more > 0) {
      joined.add("... and " + more + " more");
    }
    return joined.toString();
  }
}
