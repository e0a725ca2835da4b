package org.socialmission.metrics.perf;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latencies of one kind of request, recorded in nanoseconds from any thread, with errors counted
 * apart; percentiles are read from all values sorted (nearest rank), no buckets.
 */
final class Latencies {

  private long[] values = new long[1024];
  private int size;
  private final AtomicLong errors = new AtomicLong();

  /** Forgets everything recorded so far (after a warm-up). */
  synchronized void reset() {
    size = 0;
    errors.set(0);
  }

  synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  void error() {
    errors.incrementAndGet();
  }

  long errors() {
    return errors.get();
  }

  synchronized int count() {
    return size;
  }

  /** The p-th percentile in milliseconds (p in 0–100), nearest rank. */
  synchronized double percentile(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }

  synchronized double mean() {
    return Arrays.stream(values, 0, size).average().orElse(Double.NaN) / 1e6;
  }
}
