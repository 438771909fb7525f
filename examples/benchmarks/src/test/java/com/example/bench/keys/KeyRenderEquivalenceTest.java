package com.example.bench.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.runtime.InvalidKeyException;
import org.junit.jupiter.api.Test;

/** The two contenders of {@link KeyRenderBenchmark} write the same key; only one guards it. */
class KeyRenderEquivalenceTest {
  @Test
  void templateAndStringBuilderWriteTheSameKey() {
    assertEquals("P#000042#proj-7f3a9c#task-000042",
        KeyRenderBenchmark.render(42, "proj-7f3a9c", "task-000042"));
    assertEquals(KeyRenderBenchmark.render(42, "proj-7f3a9c", "task-000042"),
        KeyRenderBenchmark.bare(42, "proj-7f3a9c", "task-000042"));
  }

  @Test
  void onlyTheTemplateRefusesAForgedValue() {
    assertThrows(InvalidKeyException.class, () -> KeyRenderBenchmark.render(42, "p#x", "t"));
    assertEquals("P#000042#p#x#t", KeyRenderBenchmark.bare(42, "p#x", "t"));
  }
}
