package dev.heavylegs.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Durations in nanoseconds, with the order statistics the benchmarks report. */
final class Samples {

  private long[] values = new long[1024];
  private int size;
  private boolean sorted = true;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
    sorted = false;
  }

  void addAll(Samples other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  int size() {
    return size;
  }

  /**
   * The nearest-rank percentile: the smallest sample with at least {@code p} % of the samples at or
   * below it (so p99.9 of 5,000 samples is the 4,995th smallest, and p100 the maximum).
   */
  double percentile(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    sort();
    int rank = (int) Math.ceil(p / 100 * size);
    return values[Math.max(0, Math.min(size, rank) - 1)];
  }

  double max() {
    return percentile(100);
  }

  double mean() {
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += values[i];
    }
    return size == 0 ? Double.NaN : sum / size;
  }

  /** How many samples exceed {@code nanos}. */
  int above(long nanos) {
    int count = 0;
    for (int i = 0; i < size; i++) {
      if (values[i] > nanos) {
        count++;
      }
    }
    return count;
  }

  private void sort() {
    if (!sorted) {
      Arrays.sort(values, 0, size);
      sorted = true;
    }
  }

  /** The median of a few single measurements (the lower middle one for an even count). */
  static double median(List<Long> nanos) {
    List<Long> copy = new ArrayList<>(nanos);
    copy.sort(null);
    return copy.get((copy.size() - 1) / 2);
  }
}
