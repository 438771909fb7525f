package com.example.bench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.example.bench.enhanced.EnhancedSchemas;
import com.example.bench.work.Task;
import dev.tablesmith.runtime.Page;
import dev.tablesmith.runtime.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * The low-level baseline of {@link ClientBenchmark} sends exactly the requests the generated
 * code sends and returns the same values; the Enhanced Client reads the same task.
 */
class ClientEquivalenceTest {
  private final List<SdkRequest> sent = new ArrayList<>();
  private final ClientFixture f = new ClientFixture(null, new ExecutionInterceptor() {
    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      sent.add(context.request());
    }
  });

  @Test
  void getSendsTheSameRequestAndReadsTheSameTask() {
    Task generated = f.work.getTask(f.task.projectId(), f.task.taskId()).orElseThrow();
    Task low = LowLevelTasks.get(f.client, ClientFixture.TABLE, f.task.projectId(), f.task.taskId())
        .orElseThrow();
    assertEquals(f.task, generated);
    assertEquals(f.task, low);
    assertEquals(sent.get(0), sent.get(1));
    assertEquals(f.task, EnhancedSchemas.value(f.enhanced.getItem(Key.builder()
        .partitionValue("PROJECT#" + f.task.projectId()).sortValue("TASK#" + f.task.taskId()).build())));
  }

  @Test
  void putSendsTheSameRequestAndReturnsTheSameTask() {
    Task generated = f.work.task().put(f.task);
    Task low = LowLevelTasks.put(f.client, ClientFixture.TABLE, f.task, ClientFixture.NOW);
    assertEquals(generated, low);
    assertEquals(f.task.version() + 1, generated.version());
    assertEquals(sent.get(0), sent.get(1));
    f.enhanced.putItem(f.bean);
  }

  @Test
  void queryPageSendsTheSameRequestAndReadsTheSameTasks() {
    Page<Task> generated = f.work.tasksOfProject(f.task.projectId(), PageRequest.first());
    LowLevelTasks.RawPage low = LowLevelTasks.tasksOfProject(f.client, ClientFixture.TABLE,
        f.task.projectId());
    assertEquals(ClientFixture.PAGE, generated.items().size());
    assertEquals(generated.items(), low.items());
    assertNotNull(generated.next());
    assertNotNull(low.lastEvaluatedKey());
    assertEquals(sent.get(0), sent.get(1));
    assertEquals(ClientFixture.PAGE, f.enhanced.query(r -> r.queryConditional(
        QueryConditional.sortBeginsWith(Key.builder().partitionValue("PROJECT#" + f.task.projectId())
            .sortValue("TASK#").build())).limit(25)).iterator().next().items().size());
  }
}
