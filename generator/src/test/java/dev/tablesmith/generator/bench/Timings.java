package dev.tablesmith.generator.bench;

import java.util.Arrays;

/** Nanosecond samples of the timing harnesses, summarized in milliseconds. */
final class Timings {
  private Timings() {}

  static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  static double min(long[] nanos) {
    return Arrays.stream(nanos).min().orElse(0) / 1e6;
  }

  static double max(long[] nanos) {
    return Arrays.stream(nanos).max().orElse(0) / 1e6;
  }
}
