package com.example.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.bench.client.ClientBenchmark;
import com.example.bench.codec.CheckCostBenchmark;
import com.example.bench.codec.CodecBenchmark;
import com.example.bench.coldstart.ColdStartBenchmark;
import com.example.bench.keys.KeyRenderBenchmark;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every benchmark runs once, very briefly, through JMH's own runner, so none can rot between the
 * real runs (docs/benchmarks.md has those): in this JVM (no fork), no warm-up, one 10 ms
 * measurement, every parameter value; a benchmark that throws fails the build.
 */
class BenchmarksSmokeTest {
  static List<Object[]> benchmarks() {
    return List.of(
        new Object[] {CodecBenchmark.class, 8 * 5},
        new Object[] {CheckCostBenchmark.class, 11},
        new Object[] {KeyRenderBenchmark.class, 3},
        new Object[] {ClientBenchmark.class, 10},
        new Object[] {ColdStartBenchmark.class, 5});
  }

  @ParameterizedTest
  @MethodSource("benchmarks")
  void runsOnce(Class<?> benchmark, int expected) throws Exception {
    Options options = new OptionsBuilder()
        .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(10))
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    assertEquals(expected, results.size(), benchmark.getSimpleName() + " results");
  }
}
