package io.kaitenkit.mock.internal.state;

import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The user ids of a group's members: an open-addressing hash set of longs (linear probing, deletion by
 * backward shift). Adding and removing only write into a {@code long[]}, never a reference, so a group of
 * 100,000 members that changes all the time gives the garbage collector no old-to-young pointers to scan,
 * and copying it for a reset is one array copy. Iteration is in ascending id order, as the API lists.
 * Ids are at least 1; 0 marks a free slot.
 */
public final class MemberSet extends AbstractCollection<Long> {
  private long[] slots;
  private int size;

  public MemberSet(Iterable<Long> ids) {
    this.slots = new long[8];
    ids.forEach(this::add);
  }

  private MemberSet(long[] slots, int size) {
    this.slots = slots;
    this.size = size;
  }

  public boolean contains(long id) {
    return slots[find(id)] == id;
  }

  /** Adds the id; false when it was there already. */
  public boolean add(long id) {
    if (id < 1) {
      throw new IllegalArgumentException("user ids are >= 1, got " + id);
    }
    if ((size + 1) * 2 > slots.length) {
      resize(slots.length * 2);
    }
    int at = find(id);
    if (slots[at] == id) {
      return false;
    }
    slots[at] = id;
    size++;
    return true;
  }

  /** Removes the id; false when it was not there. */
  public boolean remove(long id) {
    int gap = find(id);
    if (slots[gap] != id) {
      return false;
    }
    int mask = slots.length - 1;
    int next = gap;
    while (true) {
      next = (next + 1) & mask;
      long moving = slots[next];
      if (moving == 0) {
        break;
      }
      int home = home(moving);
      boolean staysPut = gap <= next ? gap < home && home <= next : gap < home || home <= next;
      if (!staysPut) {
        slots[gap] = moving; // the entry's probe run passed the gap: move it back into it
        gap = next;
      }
    }
    slots[gap] = 0;
    size--;
    return true;
  }

  /** The ids in ascending order, as a new array. */
  public long[] sorted() {
    long[] ids = new long[size];
    int i = 0;
    for (long slot : slots) {
      if (slot != 0) {
        ids[i++] = slot;
      }
    }
    Arrays.sort(ids);
    return ids;
  }

  /** An independent copy. */
  public MemberSet copy() {
    return new MemberSet(slots.clone(), size);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean contains(Object id) {
    return id instanceof Long && contains(((Long) id).longValue());
  }

  @Override
  public boolean add(Long id) {
    return add(id.longValue());
  }

  @Override
  public boolean remove(Object id) {
    return id instanceof Long && remove(((Long) id).longValue());
  }

  @Override
  public Iterator<Long> iterator() {
    return Arrays.stream(sorted()).iterator();
  }

  /** The slot holding the id, or the free slot where it would go. */
  private int find(long id) {
    int mask = slots.length - 1;
    int at = home(id);
    while (slots[at] != 0 && slots[at] != id) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private int home(long id) {
    long mixed = id * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads consecutive ids
    return (int) (mixed >>> 40) & (slots.length - 1);
  }

  private void resize(int capacity) {
    long[] old = slots;
    slots = new long[capacity];
    size = 0;
    for (long id : old) {
      if (id != 0) {
        add(id);
      }
    }
  }
}
