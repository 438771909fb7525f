package com.example.bench.coldstart;

import com.example.bench.client.CannedHttpClient;
import com.example.bench.enhanced.TaskBean;
import com.example.bench.fifty.FiftyTable;
import com.example.bench.work.Task;
import com.example.bench.work.WorkTable;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Cold start: each measurement is the only call in a fresh JVM (single shot, no warm-up, one
 * fork each). {@code firstGet*}: from nothing to the first typed get of the task, the client
 * included (explicit region, static credentials, canned HTTP); the low-level contender reads a
 * {@link PlainTask} and loads no tablesmith class. {@code fifty*}: everything the
 * mapping layer sets up for 50 entities, over a client built beforehand: the generated table and
 * its 50 codecs, or an Enhanced Client table with a {@code TableSchema.fromBean} per bean. Run
 * with {@code -prof cl} for the classes each loads.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(10)
public class ColdStartBenchmark {
  static final String PROJECT = "proj-mdsyst";
  static final String TASK = "task-000042";
  /** The sample task as GetItem returns it (ColdStartTest checks every contender reads it). */
  static final String GET_ITEM = "{\"Item\":{\"GSI1PK\":{\"S\":\"ASSIGNEE#alice\"},"
      + "\"GSI1SK\":{\"S\":\"DUE#2026-12-01T12:00:00.123Z#task-000042\"},"
      + "\"GSI2PK\":{\"S\":\"PROJECT#proj-mdsyst#IN_PROGRESS\"},"
      + "\"GSI2SK\":{\"S\":\"P#000042#task-000042\"},\"PK\":{\"S\":\"PROJECT#proj-mdsyst\"},"
      + "\"SK\":{\"S\":\"TASK#task-000042\"},\"_type\":{\"S\":\"Task\"},"
      + "\"assignee\":{\"S\":\"alice\"},\"createdAt\":{\"S\":\"2026-11-02T08:30:15.250Z\"},"
      + "\"dueAt\":{\"S\":\"2026-12-01T12:00:00.123Z\"},"
      + "\"labels\":{\"SS\":[\"backend\",\"urgent\",\"q3\"]},\"points\":{\"N\":\"5\"},"
      + "\"priority\":{\"N\":\"42\"},\"projectId\":{\"S\":\"proj-mdsyst\"},"
      + "\"status\":{\"S\":\"IN_PROGRESS\"},\"taskId\":{\"S\":\"task-000042\"},"
      + "\"title\":{\"S\":\"Write the quarterly report for the qathiybm team\"},"
      + "\"updatedAt\":{\"S\":\"2026-11-21T10:15:30.500Z\"},\"version\":{\"N\":\"7\"}}}";

  /** A client as an application builds one at start. */
  static DynamoDbClient client() {
    return DynamoDbClient.builder().region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("akid", "skid")))
        .httpClient(new CannedHttpClient(Map.of("GetItem", GET_ITEM), null))
        .build();
  }

  @Benchmark
  public Task firstGetGenerated() {
    return WorkTable.create(client()).getTask(PROJECT, TASK).orElseThrow();
  }

  @Benchmark
  public PlainTask firstGetLowLevel() {
    return PlainTask.get(client(), "work", PROJECT, TASK).orElseThrow();
  }

  @Benchmark
  public TaskBean firstGetEnhanced() {
    return DynamoDbEnhancedClient.builder().dynamoDbClient(client()).build()
        .table("work", TableSchema.fromBean(TaskBean.class))
        .getItem(Key.builder().partitionValue("PROJECT#" + PROJECT).sortValue("TASK#" + TASK)
            .build());
  }

  /** The client the 50-entity measurements share, built before them. */
  @State(Scope.Benchmark)
  public static class Client {
    DynamoDbClient client;

    @Setup
    public void setup() {
      client = client();
    }
  }

  @Benchmark
  public int fiftyGenerated(Client c) {
    FiftyTable table = FiftyTable.create(c.client);
    return FiftyCodecs.initialize() + (table.tableName().isEmpty() ? 1 : 0);
  }

  @Benchmark
  public int fiftyFromBean(Client c) {
    DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(c.client)
        .build();
    int tables = 0;
    for (Class<?> bean : FiftyBeans.ALL) {
      tables += enhanced.table("fifty", TableSchema.fromBean(bean)).tableName().isEmpty() ? 0 : 1;
    }
    return tables;
  }
}
