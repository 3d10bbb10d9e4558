package io.kaitenkit.mock.internal.journal;

import io.kaitenkit.mock.RecordedRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request journal: a ring of the last {@code capacity} requests, in the order their responses
 * ended, newest last. Appending is O(1)
 * and overwrites the oldest entry when full. {@link #take} hands out requests one by one, in order,
 * the way MockWebServer's {@code takeRequest} does.
 */
public final class Journal {
  private final RecordedRequest[] ring;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition appended = lock.newCondition();
  private long total; // requests recorded since the last clear; the next sequence is total + 1
  private long taken; // how many of them take() has handed out
  private final AtomicLong sequence = new AtomicLong();

  public Journal(int capacity) {
    this.ring = new RecordedRequest[capacity];
  }

  public int capacity() {
    return ring.length;
  }

  /**
   * Numbers a request at the moment the mock decides its answer, so that sequence order is the order
   * in which requests changed the state; numbers go on across {@link #clear()}.
   */
  public long nextSequence() {
    return sequence.incrementAndGet();
  }

  public void append(RecordedRequest request) {
    lock.lock();
    try {
      ring[(int) (total % ring.length)] = request;
      total++;
      appended.signalAll();
    } finally {
      lock.unlock();
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
  public List<RecordedRequest> entries() {
    lock.lock();
    try {
      List<RecordedRequest> entries = new ArrayList<>();
      for (long i = Math.max(0, total - ring.length); i < total; i++) {
        entries.add(ring[(int) (i % ring.length)]);
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
  public RecordedRequest take(long timeout, TimeUnit unit) throws InterruptedException {
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
      return ring[(int) (taken++ % ring.length)];
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
      Arrays.fill(ring, null);
    } finally {
      lock.unlock();
    }
  }
}
