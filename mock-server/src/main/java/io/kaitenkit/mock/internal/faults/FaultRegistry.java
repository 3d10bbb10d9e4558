package io.kaitenkit.mock.internal.faults;

import io.kaitenkit.mock.admin.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The active faults, in the order they were added; the first one that matches a request applies.
 * Requests match without a lock: the list is copied when faults are added or removed (rarely), and a
 * fault limited to {@code times} requests counts them down atomically, so exactly that many get it.
 */
public final class FaultRegistry {
  private final List<Active> faults = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();

  /** A fault with the number of requests it may still affect (-1: no limit). */
  private static final class Active {
    final Fault fault;
    final PathGlob path;
    final AtomicInteger remaining;

    Active(Fault fault) {
      this.fault = fault;
      this.path = fault.pathGlob() == null ? null : PathGlob.compile(fault.pathGlob());
      this.remaining = new AtomicInteger(fault.times() == null ? -1 : fault.times());
    }

    boolean matches(String method, String path, String operationId) {
      if (fault.operationId() != null) {
        return fault.operationId().equals(operationId);
      }
      return fault.method().equalsIgnoreCase(method) && this.path.matches(path);
    }

    /** Counts one request against {@code times}; false when the fault is used up. */
    boolean use() {
      while (true) {
        int left = remaining.get();
        if (left < 0) {
          return true;
        }
        if (left == 0) {
          return false;
        }
        if (remaining.compareAndSet(left, left - 1)) {
          return true;
        }
      }
    }
  }

  /** Adds a fault and answers it with its new id. */
  public Fault add(Fault fault) {
    Fault withId = fault.withId("fault-" + ids.incrementAndGet());
    faults.add(new Active(withId));
    return withId;
  }

  /** The fault to apply to this request, counting it; null when none matches. */
  public Fault claim(String method, String path, String operationId) {
    for (Active active : faults) {
      if (active.matches(method, path, operationId) && active.use()) {
        if (active.remaining.get() == 0) {
          faults.remove(active);
        }
        return active.fault;
      }
    }
    return null;
  }

  /** The active faults with the number of requests each may still affect in {@code times}. */
  public List<Fault> list() {
    List<Fault> list = new ArrayList<>();
    for (Active active : faults) {
      Fault fault = active.fault;
      int left = active.remaining.get();
      if (left != 0) {
        list.add(new Fault(fault.id(), fault.operationId(), fault.method(), fault.pathGlob(),
            left < 0 ? null : left, fault.action()));
      }
    }
    return list;
  }

  /** Removes one fault; false when there is none with that id. */
  public boolean remove(String id) {
    return faults.removeIf(active -> active.fault.id().equals(id));
  }

  public void clear() {
    faults.clear();
  }

  /** Puts back faults as {@link #list()} answered them, ids and remaining {@code times} included. */
  public void restore(List<Fault> kept) {
    List<Active> restored = new ArrayList<>();
    kept.forEach(fault -> restored.add(new Active(fault)));
    faults.clear();
    faults.addAll(restored);
  }

  public boolean isEmpty() {
    return faults.isEmpty();
  }
}
