package com.example.bench.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.bench.Samples;
import com.example.bench.enhanced.EnhancedSchemas;
import com.example.bench.work.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every contender of {@link ColdStartBenchmark} reads the sample task or builds all fifty, and
 * {@link ColdStartInterleaved} times a first get in a fresh JVM.
 */
class ColdStartTest {
  private final ColdStartBenchmark bench = new ColdStartBenchmark();

  @Test
  void everyFirstGetReadsTheSampleTask() {
    Task expected = Samples.create().task();
    assertEquals(expected, bench.firstGetGenerated());
    PlainTask plain = bench.firstGetLowLevel();
    assertEquals(List.of(expected.projectId(), expected.taskId(), expected.title(),
        expected.status().storedValue(), expected.priority(), expected.assignee(), expected.labels(),
        expected.points(), expected.dueAt(), expected.createdAt(), expected.updatedAt(),
        expected.version()), List.of(plain.projectId(), plain.taskId(), plain.title(), plain.status(),
        plain.priority(), plain.assignee(), plain.labels(), plain.points(), plain.dueAt(),
        plain.createdAt(), plain.updatedAt(), plain.version()));
    assertEquals(expected, EnhancedSchemas.value(bench.firstGetEnhanced()));
  }

  @Test
  void bothSidesSetUpFiftyEntities() {
    ColdStartBenchmark.Client client = new ColdStartBenchmark.Client();
    client.setup();
    assertEquals(0, bench.fiftyGenerated(client));
    assertEquals(FiftyEntities.COUNT, bench.fiftyFromBean(client));
  }

  @Test
  void theInterleavedHarnessTimesEachFirstGetInAFreshJvm() throws Exception {
    assertTrue(ColdStartInterleaved.child(ColdStartInterleaved.GENERATED) > 0);
    assertTrue(ColdStartInterleaved.child(ColdStartInterleaved.LOW_LEVEL) > 0);
    assertThrows(IllegalStateException.class, () -> ColdStartInterleaved.child("neither"));
    assertEquals(2.5, ColdStartInterleaved.median(List.of(4.0, 1.0, 3.0, 2.0)));
  }
}
