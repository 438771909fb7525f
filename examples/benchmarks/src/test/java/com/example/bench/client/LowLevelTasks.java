package com.example.bench.client;

import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.createN;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.createS;

import com.example.bench.baseline.HandWrittenTask;
import com.example.bench.work.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The low-level baseline: the requests the generated code sends, built by hand on the plain
 * {@code DynamoDbClient} (ClientEquivalenceTest proves them equal), with the hand-written codec.
 * It does what the generated methods do, minus what only tablesmith does: no item-size check
 * before the put, and a query page hands back DynamoDB's raw LastEvaluatedKey, not a signed
 * cursor.
 */
public final class LowLevelTasks {
  private LowLevelTasks() {}

  /** A page as a hand-writer returns it: the items and DynamoDB's own continuation key. */
  public record RawPage(List<Task> items, Map<String, AttributeValue> lastEvaluatedKey) {}

  public static Optional<Task> get(DynamoDbClient client, String table, String projectId,
      String taskId) {
    GetItemResponse response = client.getItem(r -> r.tableName(table)
        .key(Map.of("PK", createS("PROJECT#" + projectId), "SK", createS("TASK#" + taskId)))
        .consistentRead(false));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(HandWrittenTask.decode(response.item())) : Optional.empty();
  }

  /** A version-checked replace, as {@code TaskOperations.put}: version + 1, updatedAt now. */
  public static Task put(DynamoDbClient client, String table, Task task, Instant now) {
    Task written = task.toBuilder().updatedAt(now)
        .createdAt(task.createdAt() == null ? now : task.createdAt())
        .version(task.version() + 1).build();
    client.putItem(PutItemRequest.builder().tableName(table).item(HandWrittenTask.encode(written))
        .conditionExpression("#n0 = :v0")
        .expressionAttributeNames(Map.of("#n0", "version"))
        .expressionAttributeValues(Map.of(":v0", createN(Long.toString(task.version()))))
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .build());
    return written;
  }

  /** The first page of a project's tasks, as the tasksOfProject pattern reads it. */
  public static RawPage tasksOfProject(DynamoDbClient client, String table, String projectId) {
    QueryResponse response = client.query(QueryRequest.builder().tableName(table)
        .keyConditionExpression("#n0 = :v0 AND begins_with(#n1, :v1)")
        .expressionAttributeNames(Map.of("#n0", "PK", "#n1", "SK"))
        .expressionAttributeValues(Map.of(":v0", createS("PROJECT#" + projectId),
            ":v1", createS("TASK#")))
        .scanIndexForward(true).limit(25).build());
    List<Task> items = new ArrayList<>(response.items().size());
    for (Map<String, AttributeValue> item : response.items()) {
      items.add(HandWrittenTask.decode(item));
    }
    return new RawPage(items, response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null);
  }
}
