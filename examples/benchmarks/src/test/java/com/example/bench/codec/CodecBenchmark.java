package com.example.bench.codec;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Mapping only: a value to its item and back, no client. Generated codec vs hand-written
 * {@code createX} code vs the Enhanced Client's {@code StaticTableSchema} and
 * {@code TableSchema.fromBean} ({@code itemToMap(bean, true)}, the call its put makes, and
 * {@code mapToItem}), on the AWS SDK benchmarks' TINY, SMALL, HUGE and HUGE_FLAT shapes and the
 * 12-attribute single-table task. {@code CodecEquivalenceTest} proves the four write the same
 * items and read the same values.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CodecBenchmark {
  @Param({"TINY", "SMALL", "HUGE", "HUGE_FLAT", "TASK"})
  public String shape;

  private Fixture<Object, Object> f;

  @Setup
  @SuppressWarnings("unchecked") // one fixture type per shape, chosen by name
  public void setup() {
    f = (Fixture<Object, Object>) Fixture.of(shape);
  }

  @Benchmark
  public Map<String, AttributeValue> encodeGenerated() {
    return f.generatedEncode.apply(f.value);
  }

  @Benchmark
  public Map<String, AttributeValue> encodeHandWritten() {
    return f.handEncode.apply(f.value);
  }

  @Benchmark
  public Map<String, AttributeValue> encodeStaticSchema() {
    return f.staticSchema.itemToMap(f.bean, true);
  }

  @Benchmark
  public Map<String, AttributeValue> encodeFromBean() {
    return f.beanSchema.itemToMap(f.bean, true);
  }

  @Benchmark
  public Object decodeGenerated() {
    return f.generatedDecode.apply(f.item);
  }

  @Benchmark
  public Object decodeHandWritten() {
    return f.handDecode.apply(f.item);
  }

  @Benchmark
  public Object decodeStaticSchema() {
    return f.staticSchema.mapToItem(f.item);
  }

  @Benchmark
  public Object decodeFromBean() {
    return f.beanSchema.mapToItem(f.item);
  }
}
