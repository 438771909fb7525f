package com.example.bench.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.bench.Samples;
import com.example.bench.enhanced.EnhancedSchemas;
import com.example.bench.work.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every contender of {@link ColdStartBenchmark} reads the sample task or builds all fifty. */
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
}
