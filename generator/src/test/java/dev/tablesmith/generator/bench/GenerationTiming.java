package dev.tablesmith.generator.bench;

import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.java.InMemoryCompiler;
import dev.tablesmith.generator.emit.java.JavaEmitter;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;

/**
 * Times what {@code tablesmith generate} does for synthetic models of 150 and 300 entities
 * ({@link SyntheticModels}: read, schema, resolve, check, plan, then the Java emitter and the
 * source text of every file), warm, rounds alternating the two sizes; then compiles that output
 * with javac in memory ({@code --release 17 -Xlint:all -proc:none}, class files kept in memory),
 * also warm, to set generation beside the compile it feeds. Prints medians and ratios. Not a
 * test; run it with the command in docs/benchmarks.md.
 */
public final class GenerationTiming {
  private GenerationTiming() {}

  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    int javacRounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Pipeline pipeline = new Pipeline();
    String small = SyntheticModels.of(150);
    String large = SyntheticModels.of(300);
    List<GeneratedFile> smallFiles = generate(pipeline, small);
    List<GeneratedFile> largeFiles = generate(pipeline, large);
    for (int i = 0; i < warmup; i++) {
      generate(pipeline, small);
      generate(pipeline, large);
    }
    long[] s = new long[rounds];
    long[] l = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      s[i] = time(() -> generate(pipeline, small));
      l[i] = time(() -> generate(pipeline, large));
    }
    compile(smallFiles);
    compile(largeFiles);
    long[] js = new long[javacRounds];
    long[] jl = new long[javacRounds];
    for (int i = 0; i < javacRounds; i++) {
      js[i] = time(() -> compile(smallFiles));
      jl[i] = time(() -> compile(largeFiles));
    }
    report("150 entities", smallFiles.size(), s, js);
    report("300 entities", largeFiles.size(), l, jl);
    System.out.printf(Locale.ROOT, "generation ratio 300/150: %.2f%n",
        Timings.median(l) / Timings.median(s));
    // Each round times 150 then 300 entities back to back, so the ratio within a round cancels
    // what the machine does from minute to minute, which the ratio of the two medians does not.
    double[] ratios = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      ratios[i] = (double) l[i] / s[i];
    }
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT,
        "generation ratio 300/150 within each round: median %.2f (min %.2f, max %.2f)%n",
        ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
  }

  /** The pipeline and the Java emitter, down to each file's text. */
  static List<GeneratedFile> generate(Pipeline pipeline, String yaml) {
    Pipeline.Result result = pipeline.runText("synthetic.tablesmith.yaml", yaml);
    if (result.models().isEmpty()) {
      throw new IllegalStateException("the synthetic model does not plan:\n" + result.diagnostics().render());
    }
    List<GeneratedFile> out = new ArrayList<>();
    for (PlannedModel model : result.models()) {
      for (JavaFile file : new JavaEmitter().emit(model, new Diagnostics())) {
        out.add(GeneratedFile.java(file));
      }
    }
    return out;
  }

  /** Compiles the sources in memory; fails on any compiler message. */
  static void compile(List<GeneratedFile> files) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile f : files) {
      sources.add(InMemoryCompiler.source(f.path(), f.content()));
    }
    InMemoryCompiler.compile(sources, List.of());
  }

  private static void report(String what, int files, long[] generation, long[] javac) {
    System.out.printf(Locale.ROOT, "%s, %d files: generation median %.1f ms (min %.1f, max %.1f);"
        + " javac median %.0f ms (min %.0f, max %.0f); generation/javac %.3f%n", what, files,
        Timings.median(generation), Timings.min(generation), Timings.max(generation),
        Timings.median(javac), Timings.min(javac), Timings.max(javac),
        Timings.median(generation) / Timings.median(javac));
  }

  private static long time(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }
}
