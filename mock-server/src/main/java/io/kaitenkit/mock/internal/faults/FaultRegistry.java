package io.kaitenkit.mock.internal.faults;

import io.kaitenkit.mock.Fault;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/** The active faults, in the order they were added; the first one that matches a request applies. */
public final class FaultRegistry {
  private final List<Active> faults = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong();

  /** A fault with the number of requests it may still affect (-1: no limit). */
  private static final class Active {
    final Fault fault;
    final Pattern path;
    int remaining;

    Active(Fault fault) {
      this.fault = fault;
      this.path = fault.pathGlob() == null ? null : PathGlob.compile(fault.pathGlob());
      this.remaining = fault.times() == null ? -1 : fault.times();
    }

    boolean matches(String method, String path, String operationId) {
      if (fault.operationId() != null) {
        return fault.operationId().equals(operationId);
      }
      return fault.method().equalsIgnoreCase(method) && this.path.matcher(path).matches();
    }
  }

  /** Adds a fault and answers it with its new id. */
  public synchronized Fault add(Fault fault) {
    Fault withId = fault.withId("fault-" + ids.incrementAndGet());
    faults.add(new Active(withId));
    return withId;
  }

  /** The fault to apply to this request, counting it; null when none matches. */
  public synchronized Fault claim(String method, String path, String operationId) {
    Iterator<Active> iterator = faults.iterator();
    while (iterator.hasNext()) {
      Active active = iterator.next();
      if (active.matches(method, path, operationId)) {
        if (active.remaining > 0 && --active.remaining == 0) {
          iterator.remove();
        }
        return active.fault;
      }
    }
    return null;
  }

  /** The active faults with the number of requests each may still affect in {@code times}. */
  public synchronized List<Fault> list() {
    List<Fault> list = new ArrayList<>();
    for (Active active : faults) {
      Fault fault = active.fault;
      list.add(new Fault(fault.id(), fault.operationId(), fault.method(), fault.pathGlob(),
          active.remaining < 0 ? null : active.remaining, fault.action()));
    }
    return list;
  }

  /** Removes one fault; false when there is none with that id. */
  public synchronized boolean remove(String id) {
    return faults.removeIf(active -> active.fault.id().equals(id));
  }

  public synchronized void clear() {
    faults.clear();
  }

  /** Puts back faults as {@link #list()} answered them, ids and remaining {@code times} included. */
  public synchronized void restore(List<Fault> kept) {
    faults.clear();
    kept.forEach(fault -> faults.add(new Active(fault)));
  }

  public synchronized boolean isEmpty() {
    return faults.isEmpty();
  }
}
