package com.example.bench.coldstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The first typed get of {@link ColdStartBenchmark}, generated against low-level, timed in fresh
 * JVMs started in turn (generated, low-level, generated, ...), so both contenders share whatever
 * the machine is doing at the time. JMH runs every fork of one benchmark before the next, so on a
 * shared machine a slow minute lands on one contender only; this harness is the cross-check.
 * Each child JVM times the call alone, as the JMH benchmark's single shot does, and prints it.
 *
 * <p>{@code java -cp CLASSPATH com.example.bench.coldstart.ColdStartInterleaved [PAIRS]} prints
 * each contender's median, minimum and maximum in milliseconds, and the ratio of the medians.
 */
public final class ColdStartInterleaved {
  static final String GENERATED = "generated";
  static final String LOW_LEVEL = "low-level";

  private ColdStartInterleaved() {
  }

  /**
   * @param args the number of pairs (default 20); or {@code child CONTENDER} in a child JVM
   * @throws Exception when a child JVM fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("child")) {
      if (!args[1].equals(GENERATED) && !args[1].equals(LOW_LEVEL)) {
        throw new IllegalArgumentException("no contender " + args[1]);
      }
      long start = System.nanoTime();
      Object read = args[1].equals(GENERATED) ? new ColdStartBenchmark().firstGetGenerated()
          : new ColdStartBenchmark().firstGetLowLevel();
      long nanos = System.nanoTime() - start;
      System.out.println("took " + nanos + " " + read.getClass().getSimpleName());
      return;
    }
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<Double> generated = new ArrayList<>();
    List<Double> lowLevel = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      generated.add(child(GENERATED));
      lowLevel.add(child(LOW_LEVEL));
    }
    double ratio = median(generated) / median(lowLevel);
    System.out.println(line(GENERATED, generated));
    System.out.println(line(LOW_LEVEL, lowLevel));
    System.out.printf(Locale.ROOT, "%d pairs, interleaved: generated / low-level %.3f%n", pairs,
        ratio);
  }

  /** @return the milliseconds a fresh JVM took for the contender's first get */
  static double child(String contender) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ColdStartInterleaved.class.getName(), "child", contender)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0 || !out.startsWith("took ")) {
      throw new IllegalStateException(contender + " failed: " + out);
    }
    return Long.parseLong(out.split(" ")[1]) / 1e6;
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String line(String contender, List<Double> values) {
    return String.format(Locale.ROOT, "%-9s median %.1f ms (min %.1f, max %.1f) of %s",
        contender, median(values), Collections.min(values), Collections.max(values),
        Arrays.toString(values.stream().mapToLong(Math::round).toArray()));
  }
}
