package com.example.bench.client;

import com.example.bench.Samples;
import com.example.bench.enhanced.EnhancedSchemas;
import com.example.bench.enhanced.TaskBean;
import com.example.bench.work.Task;
import com.example.bench.work.TaskCodec;
import com.example.bench.work.WorkTable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A real {@code DynamoDbClient} over {@link CannedHttpClient}, and the three ways to use it on
 * the task: the generated {@code WorkTable}, the low-level client ({@link LowLevelTasks}) and the
 * Enhanced Client with {@code TableSchema.fromBean}. Every GetItem returns the sample task, every
 * Query a page of ten tasks with a LastEvaluatedKey, every PutItem succeeds.
 */
public final class ClientFixture {
  public static final String TABLE = "work";
  public static final Instant NOW = Instant.parse("2026-11-21T10:15:30.500Z");
  public static final int PAGE = 10;

  public final Task task = Samples.create().task();
  public final TaskBean bean = EnhancedSchemas.bean(task);
  public final DynamoDbClient client;
  public final WorkTable work;
  public final DynamoDbTable<TaskBean> enhanced;

  public ClientFixture(Consumer<String> requests, ExecutionInterceptor interceptor) {
    client = client(bodies(task), requests, interceptor);
    work = WorkTable.builder(client).tableName(TABLE).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
        .table(TABLE, TableSchema.fromBean(TaskBean.class));
  }

  /** @return a client as an application makes one: explicit region and static credentials */
  public static DynamoDbClient client(Map<String, String> bodies, Consumer<String> requests,
      ExecutionInterceptor interceptor) {
    return DynamoDbClient.builder().region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("akid", "skid")))
        .httpClient(new CannedHttpClient(bodies, requests))
        .overrideConfiguration(o -> {
          if (interceptor != null) {
            o.addExecutionInterceptor(interceptor);
          }
        })
        .build();
  }

  /** @param task the stored task @return canned bodies for GetItem, PutItem and Query */
  public static Map<String, String> bodies(Task task) {
    List<String> items = new ArrayList<>();
    Map<String, AttributeValue> last = null;
    for (int i = 0; i < PAGE; i++) {
      last = TaskCodec.encode(task.toBuilder().taskId(String.format("task-%06d", i)).build());
      items.add(DynamoJson.item(last));
    }
    String lastKey = DynamoJson.item(Map.of("PK", last.get("PK"), "SK", last.get("SK")));
    return Map.of(
        "GetItem", "{\"Item\":" + DynamoJson.item(TaskCodec.encode(task)) + "}",
        "PutItem", "{}",
        "Query", "{\"Count\":" + PAGE + ",\"Items\":[" + String.join(",", items)
            + "],\"LastEvaluatedKey\":" + lastKey + ",\"ScannedCount\":" + PAGE + "}");
  }
}
