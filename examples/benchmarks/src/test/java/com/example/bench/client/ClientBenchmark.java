package com.example.bench.client;

import com.example.bench.enhanced.TaskBean;
import com.example.bench.work.Task;
import dev.tablesmith.runtime.Page;
import dev.tablesmith.runtime.PageRequest;
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
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * The full client path of the task: a real {@code DynamoDbClient} (marshalling, SigV4 signing,
 * interceptors, unmarshalling) over canned HTTP responses. A typed get, a version-checked put
 * and the first page of a query, each three ways: the generated {@code WorkTable}, the
 * low-level client with hand-built requests, and the Enhanced Client ({@code fromBean}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2) // the SDK's own path takes about 10 s to warm up
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ClientBenchmark {
  private ClientFixture f;

  @Setup
  public void setup() {
    f = new ClientFixture(null, null);
  }

  @Benchmark
  public Task getGenerated() {
    return f.work.getTask(f.task.projectId(), f.task.taskId()).orElseThrow();
  }

  @Benchmark
  public Task getLowLevel() {
    return LowLevelTasks.get(f.client, ClientFixture.TABLE, f.task.projectId(), f.task.taskId())
        .orElseThrow();
  }

  @Benchmark
  public TaskBean getEnhanced() {
    return f.enhanced.getItem(Key.builder().partitionValue("PROJECT#" + f.task.projectId())
        .sortValue("TASK#" + f.task.taskId()).build());
  }

  @Benchmark
  public Task putGenerated() {
    return f.work.task().put(f.task);
  }

  @Benchmark
  public Task putLowLevel() {
    return LowLevelTasks.put(f.client, ClientFixture.TABLE, f.task, ClientFixture.NOW);
  }

  @Benchmark
  public TaskBean putEnhanced() {
    f.bean.setUpdatedAt(ClientFixture.NOW);
    f.enhanced.putItem(f.bean);
    return f.bean;
  }

  @Benchmark
  public Page<Task> queryGenerated() {
    return f.work.tasksOfProject(f.task.projectId(), PageRequest.first());
  }

  /**
   * The page and its cursor's token, as a service that hands the next page's token to its
   * client reads it: the cursor is signed only when its token is read.
   */
  @Benchmark
  public String queryGeneratedWithToken() {
    return f.work.tasksOfProject(f.task.projectId(), PageRequest.first()).next().token();
  }

  @Benchmark
  public LowLevelTasks.RawPage queryLowLevel() {
    return LowLevelTasks.tasksOfProject(f.client, ClientFixture.TABLE, f.task.projectId());
  }

  @Benchmark
  public software.amazon.awssdk.enhanced.dynamodb.model.Page<TaskBean> queryEnhanced() {
    return f.enhanced.query(r -> r.queryConditional(QueryConditional.sortBeginsWith(
        Key.builder().partitionValue("PROJECT#" + f.task.projectId()).sortValue("TASK#").build()))
        .limit(25)).iterator().next();
  }
}
