package io.kaitenkit.spec;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Immutable, case-insensitive header maps for the request and response values. */
public final class Headers {
  private static final Map<String, List<String>> EMPTY = new Copied(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

  /** Where a {@link #view} reads header values: a server's own header map. */
  public interface Source {
    /** Every value of the named header, any case; empty when there is none. */
    List<String> getAll(String name);

    /** Every header line, in order. */
    Iterable<Map.Entry<String, String>> lines();
  }

  private Headers() {}

  /** Header lines as an immutable case-insensitive map, repeated names keeping all their values. */
  public static Map<String, List<String>> of(Iterable<Map.Entry<String, String>> lines) {
    TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, String> line : lines) {
      map.merge(line.getKey(), List.of(line.getValue()), Headers::concat);
    }
    return new Copied(map);
  }

  /**
   * A case-insensitive map that reads a server's headers where they are, without copying them; for
   * a request whose headers no one changes any more.
   */
  public static Map<String, List<String>> view(Source source) {
    return new View(requireNonNull(source, "source == null"));
  }

  /** An immutable case-insensitive copy; a map this class made is returned as it is. */
  public static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
    if (headers instanceof HeaderMap) {
      return headers;
    }
    if (headers == null || headers.isEmpty()) {
      return EMPTY;
    }
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), Headers::concat));
    return new Copied(copy);
  }

  public static Map<String, List<String>> with(
      Map<String, List<String>> headers, String name, String value) {
    requireNonNull(name, "name == null");
    requireNonNull(value, "value == null");
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    copy.merge(name, List.of(value), Headers::concat);
    return new Copied(copy);
  }

  public static String first(Map<String, List<String>> headers, String name) {
    // copyOf and with always answer a case-insensitive map, so get() ignores case.
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** The maps this class makes: case-insensitive and not to be changed, so copyOf keeps them as they are. */
  private abstract static class HeaderMap extends AbstractMap<String, List<String>> {}

  /** A copy in a case-insensitive tree. */
  private static final class Copied extends HeaderMap {
    private final Map<String, List<String>> map;

    Copied(TreeMap<String, List<String>> map) {
      this.map = Collections.unmodifiableMap(map);
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
      return map.entrySet();
    }

    @Override
    public List<String> get(Object name) {
      return map.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
      return map.containsKey(name);
    }

    @Override
    public int size() {
      return map.size();
    }
  }

  /**
   * Looks values up in the source, whose values do not change while the view is read (a request's
   * head); lists every header only when asked to. The last look-up is kept: a request's handlers ask
   * for its {@code Authorization} header several times over.
   */
  private static final class View extends HeaderMap {
    private final Source source;
    private Map<String, List<String>> all;
    private LookUp last; // one field, so that a view read from two threads never pairs a name with another's values

    private record LookUp(String name, List<String> values) {}

    View(Source source) {
      this.source = source;
    }

    @Override
    public List<String> get(Object name) {
      if (!(name instanceof String key)) {
        return null;
      }
      LookUp known = last;
      if (known != null && known.name.equals(key)) {
        return known.values;
      }
      List<String> values = source.getAll(key);
      List<String> found = values == null || values.isEmpty() ? null : Collections.unmodifiableList(values);
      last = new LookUp(key, found);
      return found;
    }

    @Override
    public boolean containsKey(Object name) {
      return get(name) != null;
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
      if (all == null) {
        all = of(source.lines());
      }
      return all.entrySet();
    }
  }
}
