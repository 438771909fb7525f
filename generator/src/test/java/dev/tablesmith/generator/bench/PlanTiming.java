package dev.tablesmith.generator.bench;

import dev.tablesmith.generator.pipeline.Pipeline;
import java.util.Locale;

/**
 * Times check + plan (read, schema, resolve, check, plan) of synthetic models of 150 and 300
 * entities, warm, side by side in one JVM: rounds alternate the two sizes so machine noise hits
 * both alike. Prints the median and spread of each, and the ratio. Not a test; run it with the
 * command in docs/benchmarks.md.
 */
public final class PlanTiming {
  private PlanTiming() {}

  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Pipeline pipeline = new Pipeline();
    String small = SyntheticModels.of(150);
    String large = SyntheticModels.of(300);
    check(pipeline, small, 150);
    check(pipeline, large, 300);
    for (int i = 0; i < warmup; i++) {
      pipeline.runText("small.tablesmith.yaml", small);
      pipeline.runText("large.tablesmith.yaml", large);
    }
    long[] s = new long[rounds];
    long[] l = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      s[i] = time(pipeline, small);
      l[i] = time(pipeline, large);
    }
    double ms = Timings.median(s);
    double ml = Timings.median(l);
    System.out.printf(Locale.ROOT, "150 entities, 450 patterns: median %.1f ms (min %.1f, max %.1f)%n",
        ms, Timings.min(s), Timings.max(s));
    System.out.printf(Locale.ROOT, "300 entities, 900 patterns: median %.1f ms (min %.1f, max %.1f)%n",
        ml, Timings.min(l), Timings.max(l));
    System.out.printf(Locale.ROOT, "ratio 300/150: %.2f%n", ml / ms);
  }

  private static void check(Pipeline pipeline, String yaml, int n) {
    Pipeline.Result result = pipeline.runText("synthetic.tablesmith.yaml", yaml);
    if (result.models().isEmpty() || result.models().get(0).patterns().size() != 3 * n) {
      throw new IllegalStateException("the synthetic model does not plan:\n" + result.diagnostics().render());
    }
  }

  private static long time(Pipeline pipeline, String yaml) {
    long start = System.nanoTime();
    pipeline.runText("synthetic.tablesmith.yaml", yaml);
    return System.nanoTime() - start;
  }
}
