package io.kaitenkit.mock.internal.journal;

import io.kaitenkit.spec.Violation;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request journal: a ring of the last {@code capacity} requests, in the order their responses
 * ended, newest last. Appending is O(1), overwrites the oldest entry when full and allocates nothing
 * that outlives it (see {@link JournalSlot}). {@link #take} hands out requests one by one, in order,
 * the way MockWebServer's {@code takeRequest} does. Tokens are redacted as requests are written.
 *
 * <p>Bodies are also bounded in bytes: when the bodies kept would hold more than the budget, the oldest
 * entries give theirs up (the entry stays, its body says it was dropped and how long it was), so a
 * flood of large bodies cannot fill the heap whatever the capacity.
 */
public final class Journal {
  private final JournalSlot[] ring;
  private final RedactionMemo redactions = new RedactionMemo();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition appended = lock.newCondition();
  private final AtomicLong sequence = new AtomicLong();
  private long total; // requests recorded since the last clear
  private long taken; // how many of them take() has handed out
  private final long bodyBudget;
  private long bodyBytes; // what the bodies in the ring hold
  private long oldestWithBody; // entries before this one have given their bodies up
  private volatile Consumer<RecordedExchange> violationListener;

  /** A journal of {@code capacity} entries whose bodies hold at most {@code bodyBudget} bytes. */
  public Journal(int capacity, long bodyBudget) {
    if (capacity < 1 || bodyBudget < 0) {
      throw new IllegalArgumentException("capacity must be >= 1 and bodyBudget >= 0");
    }
    this.bodyBudget = bodyBudget;
    this.ring = new JournalSlot[capacity];
    for (int i = 0; i < capacity; i++) {
      ring[i] = new JournalSlot();
    }
  }

  /** The bytes the bodies in the journal may hold together. */
  public long bodyBudget() {
    return bodyBudget;
  }

  /** The bytes the bodies in the journal hold now, never more than {@link #bodyBudget()}. */
  public long bodyBytes() {
    lock.lock();
    try {
      return bodyBytes;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Numbers a request at the moment the mock decides its answer, so that sequence order is the order
   * in which requests changed the state; numbers go on across {@link #clear()}.
   */
  public long nextSequence() {
    return sequence.incrementAndGet();
  }

  /** The number of the last API request decided so far, 0 before the first; admin calls get none. */
  public long lastSequence() {
    return sequence.get();
  }

  /**
   * Calls the listener with each exchange recorded with violations from now on, on the thread that
   * records it (the event loop); null stops. Only those exchanges are read back from their slots.
   */
  public void onViolation(Consumer<RecordedExchange> listener) {
    violationListener = listener;
  }

  /** Records one request; header values that carry credentials are redacted on the way in. */
  public void append(long sequence, long receivedAtMillis, String method, String path, String query,
      Iterable<Map.Entry<String, String>> headers, Buffer body, int status, String operationId,
      long durationMicros, List<Violation> violations) {
    Consumer<RecordedExchange> listener = violations.isEmpty() ? null : violationListener;
    RecordedExchange violating = null;
    lock.lock();
    try {
      JournalSlot slot = ring[(int) (total % ring.length)];
      bodyBytes -= slot.bodyBytes();
      slot.write(sequence, receivedAtMillis, method, path, query, headers, redactions, body,
          status, operationId, durationMicros, violations, (int) Math.min(Integer.MAX_VALUE, bodyBudget));
      bodyBytes += slot.bodyBytes();
      total++;
      dropOldestBodiesOverBudget();
      appended.signalAll();
      if (listener != null) {
        violating = slot.read();
      }
    } finally {
      lock.unlock();
    }
    if (violating != null) {
      listener.accept(violating);
    }
  }

  /** Oldest first, entries give their bodies up until the rest fit the budget; each is visited once. */
  private void dropOldestBodiesOverBudget() {
    oldestWithBody = Math.max(oldestWithBody, total - ring.length);
    while (bodyBytes > bodyBudget && oldestWithBody < total) {
      JournalSlot oldest = ring[(int) (oldestWithBody++ % ring.length)];
      bodyBytes -= oldest.bodyBytes();
      oldest.dropBody();
    }
  }

  /** Requests recorded since the start or the last clear, including those the ring has dropped. */
  public long count() {
    lock.lock();
    try {
      return total;
    } finally {
      lock.unlock();
    }
  }

  /** The requests still in the ring, oldest first. */
  public List<RecordedExchange> entries() {
    lock.lock();
    try {
      List<RecordedExchange> entries = new ArrayList<>();
      for (long i = Math.max(0, total - ring.length); i < total; i++) {
        entries.add(ring[(int) (i % ring.length)].read());
      }
      return entries;
    } finally {
      lock.unlock();
    }
  }

  /** The requests still in the ring numbered after {@code sequence}, oldest first; only those are read. */
  public List<RecordedExchange> entriesAfter(long sequence) {
    lock.lock();
    try {
      List<RecordedExchange> entries = new ArrayList<>();
      for (long i = Math.max(0, total - ring.length); i < total; i++) {
        JournalSlot slot = ring[(int) (i % ring.length)];
        if (slot.sequence() > sequence) {
          entries.add(slot.read());
        }
      }
      return entries;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The next request not yet taken, waiting up to the timeout for one to arrive; null on timeout.
   * Requests the ring dropped before they were taken are skipped.
   */
  public RecordedExchange take(long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    lock.lock();
    try {
      while (taken >= total) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        appended.awaitNanos(left);
      }
      taken = Math.max(taken, total - ring.length);
      return ring[(int) (taken++ % ring.length)].read();
    } finally {
      lock.unlock();
    }
  }

  /** Empties the journal; sequence numbers go on from where they were. */
  public void clear() {
    lock.lock();
    try {
      total = 0;
      taken = 0;
      oldestWithBody = 0;
      bodyBytes = 0;
      for (JournalSlot slot : ring) {
        slot.dropBody(); // an emptied journal holds no bodies
      }
    } finally {
      lock.unlock();
    }
  }
}
