package com.example.bench.keys;

import dev.tablesmith.runtime.KeyTemplate;
import dev.tablesmith.runtime.KeyValue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A three-placeholder key, {@code P#<priority>#<projectId>#<taskId>} (a zero-padded number and two
 * guarded free-text values: no delimiter in them, no forging of the text that follows, the size
 * limit), rendered three ways: as generated code renders it ({@code generated}: the literal text
 * as constants, each value checked by the template, as in {@code TaskCodec}'s {@code GSI2SK}),
 * through {@link KeyTemplate#render(KeyValue, KeyValue, KeyValue)} (what generated code called
 * before, and what hand-written code on the runtime calls), and by a bare {@code StringBuilder}
 * that appends the same parts, padding included, and checks nothing.
 * {@code KeyRenderEquivalenceTest} proves all three write the same key.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class KeyRenderBenchmark {
  static final KeyTemplate TEMPLATE = KeyTemplate.sort("P#<priority>#<projectId>#<taskId>");

  // Fields, not constants, so nothing folds away.
  long priority = 42;
  String projectId = "proj-7f3a9c";
  String taskId = "task-000042";

  @Benchmark
  public String generated() {
    return generated(priority, projectId, taskId);
  }

  @Benchmark
  public String templateRender() {
    return render(priority, projectId, taskId);
  }

  @Benchmark
  public String stringBuilder() {
    return bare(priority, projectId, taskId);
  }

  static String generated(long priority, String projectId, String taskId) {
    return TEMPLATE.sized("P#" + TEMPLATE.fixed(0, KeyValue.padded(priority, 6).text()) + "#"
        + TEMPLATE.text(1, projectId) + "#" + TEMPLATE.text(2, taskId));
  }

  static String render(long priority, String projectId, String taskId) {
    return TEMPLATE.render(KeyValue.padded(priority, 6), KeyValue.text(projectId),
        KeyValue.text(taskId));
  }

  static String bare(long priority, String projectId, String taskId) {
    StringBuilder key = new StringBuilder(40).append("P#");
    String digits = Long.toString(priority);
    for (int i = digits.length(); i < 6; i++) {
      key.append('0');
    }
    return key.append(digits).append('#').append(projectId).append('#').append(taskId).toString();
  }
}
