package com.example.bench.codec;

import com.example.bench.Samples;
import com.example.bench.baseline.HandWritten;
import com.example.bench.baseline.HandWrittenTask;
import com.example.bench.baseline.IsoMillis;
import com.example.bench.tiny.Tiny;
import com.example.bench.tiny.TinyCodec;
import com.example.bench.work.Task;
import com.example.bench.work.TaskCodec;
import dev.tablesmith.runtime.InstantFormat;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the checks cost where {@link CodecBenchmark} finds the generated codec slower than the
 * hand-written one: each such pair, generated and hand-written, beside the generated code with
 * the one check the hand-written code skips taken out ({@link WithoutChecks}), all in one run.
 * When the variant runs as fast as the hand-written code, the check is the difference. Also the
 * instant parse alone: tablesmith's, which checks the text's length, separators, digits and
 * ranges, and the hand-written one's, which reads the digits and leaves the date's ranges to
 * {@code LocalDate.of}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Benchmark)
public class CheckCostBenchmark {
  private Task task;
  private Map<String, AttributeValue> taskItem;
  private Tiny tiny;
  private String instant;

  @Setup
  public void setup() {
    Samples samples = Samples.create();
    task = samples.task();
    taskItem = TaskCodec.encode(task);
    tiny = samples.tiny();
    instant = taskItem.get("dueAt").s();
  }

  @Benchmark
  public Task taskDecodeGenerated() {
    return TaskCodec.decode(taskItem);
  }

  @Benchmark
  public Task taskDecodeLaxInstants() {
    return WithoutChecks.taskDecodeLaxInstants(taskItem);
  }

  @Benchmark
  public Task taskDecodeHandWritten() {
    return HandWrittenTask.decode(taskItem);
  }

  @Benchmark
  public Instant instantParseGenerated() {
    return InstantFormat.ISO_MILLIS.parse(instant);
  }

  @Benchmark
  public Instant instantParseHandWritten() {
    return IsoMillis.parse(instant);
  }

  @Benchmark
  public Map<String, AttributeValue> taskEncodeGenerated() {
    return TaskCodec.encode(task);
  }

  @Benchmark
  public Map<String, AttributeValue> taskEncodeUnguarded() {
    return WithoutChecks.taskEncodeUnguarded(task);
  }

  @Benchmark
  public Map<String, AttributeValue> taskEncodeHandWritten() {
    return HandWrittenTask.encode(task);
  }

  @Benchmark
  public Map<String, AttributeValue> tinyEncodeGenerated() {
    return TinyCodec.encode(tiny);
  }

  @Benchmark
  public Map<String, AttributeValue> tinyEncodeMutable() {
    return WithoutChecks.tinyEncodeMutable(tiny);
  }

  @Benchmark
  public Map<String, AttributeValue> tinyEncodeHandWritten() {
    return HandWritten.encode(tiny);
  }
}
