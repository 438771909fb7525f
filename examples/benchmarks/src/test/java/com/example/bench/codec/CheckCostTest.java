package com.example.bench.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.bench.Samples;
import com.example.bench.baseline.HandWritten;
import com.example.bench.baseline.HandWrittenTask;
import com.example.bench.tiny.Tiny;
import com.example.bench.tiny.TinyCodec;
import com.example.bench.work.Task;
import com.example.bench.work.TaskCodec;
import dev.tablesmith.runtime.InvalidKeyException;
import dev.tablesmith.runtime.ItemDecodeException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The variants of {@link CheckCostBenchmark} do the generated code's work on the benchmark's
 * values, and what they leave out is a check: each lets through, as the hand-written code does,
 * the bad input the generated code refuses.
 */
class CheckCostTest {
  private final Samples samples = Samples.create();
  private final Task task = samples.task();
  private final Map<String, AttributeValue> item = TaskCodec.encode(task);

  @Test
  void theVariantsDoTheGeneratedCodesWork() {
    assertEquals(task, WithoutChecks.taskDecodeLaxInstants(item));
    assertEquals(item, WithoutChecks.taskEncodeUnguarded(task));
    Tiny tiny = samples.tiny();
    assertEquals(TinyCodec.encode(tiny), WithoutChecks.tinyEncodeMutable(tiny));
    assertEquals(HandWritten.encode(tiny), WithoutChecks.tinyEncodeMutable(tiny));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2026-12-01X12:00:00.123Z", // a separator
      "2026-12-01T12:00:00.12Z3", // a digit
      "2026-12-01T25:61:00.123Z", // the hour and the minute
      "2026-12-01T12:00:00.123", // the length
      "2026-12-01T12:00:00.123+01:00"})
  void theLaxInstantsReadWhatTheGeneratedDecoderRefuses(String text) {
    Map<String, AttributeValue> bad = new HashMap<>(item);
    bad.put("dueAt", AttributeValue.createS(text));
    assertThrows(ItemDecodeException.class, () -> TaskCodec.decode(bad));
    WithoutChecks.taskDecodeLaxInstants(bad);
    HandWrittenTask.decode(bad);
  }

  @Test
  void theUnguardedKeysForgeWhatTheGeneratedEncoderRefuses() {
    Task forged = task.toBuilder().projectId("proj#TASK#other").build();
    assertThrows(InvalidKeyException.class, () -> TaskCodec.encode(forged));
    assertEquals("PROJECT#proj#TASK#other",
        WithoutChecks.taskEncodeUnguarded(forged).get("PK").s());
    assertEquals("PROJECT#proj#TASK#other", HandWrittenTask.encode(forged).get("PK").s());
  }

  @Test
  void theMutableItemCanBeChangedWhereTheGeneratedOneCannot() {
    Tiny tiny = samples.tiny();
    AttributeValue other = AttributeValue.createS("other");
    assertThrows(UnsupportedOperationException.class,
        () -> TinyCodec.encode(tiny).put("stringAttr", other));
    Map<String, AttributeValue> mutable = WithoutChecks.tinyEncodeMutable(tiny);
    mutable.put("stringAttr", other);
    assertEquals(other, mutable.get("stringAttr"));
  }
}
