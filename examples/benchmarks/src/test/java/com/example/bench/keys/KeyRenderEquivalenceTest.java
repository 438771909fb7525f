package com.example.bench.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.runtime.InvalidKeyException;
import org.junit.jupiter.api.Test;

/** The contenders of {@link KeyRenderBenchmark} write the same key; only the bare one does not guard it. */
class KeyRenderEquivalenceTest {
  @Test
  void everyContenderWritesTheSameKey() {
    assertEquals("P#000042#proj-7f3a9c#task-000042",
        KeyRenderBenchmark.render(42, "proj-7f3a9c", "task-000042"));
    assertEquals(KeyRenderBenchmark.render(42, "proj-7f3a9c", "task-000042"),
        KeyRenderBenchmark.generated(42, "proj-7f3a9c", "task-000042"));
    assertEquals(KeyRenderBenchmark.render(42, "proj-7f3a9c", "task-000042"),
        KeyRenderBenchmark.bare(42, "proj-7f3a9c", "task-000042"));
  }

  @Test
  void onlyTheBareOneAcceptsAForgedValue() {
    assertThrows(InvalidKeyException.class, () -> KeyRenderBenchmark.render(42, "p#x", "t"));
    assertThrows(InvalidKeyException.class, () -> KeyRenderBenchmark.generated(42, "p#x", "t"));
    assertThrows(InvalidKeyException.class, () -> KeyRenderBenchmark.generated(42, "p", "t#"));
    assertEquals("P#000042#p#x#t", KeyRenderBenchmark.bare(42, "p#x", "t"));
  }
}
