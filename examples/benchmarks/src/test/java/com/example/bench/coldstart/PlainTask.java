package com.example.bench.coldstart;

import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.createS;

import com.example.bench.baseline.IsoMillis;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The task as an application without tablesmith holds it, read with the low-level client: the
 * cold-start baseline loads no tablesmith class at all (the warm benchmarks' low-level code uses
 * the generated value class, so that only the mapping differs; here what loads is the point).
 *
 * @param projectId the project
 * @param taskId the task
 * @param title the title
 * @param status OPEN, IN_PROGRESS or DONE
 * @param priority the priority
 * @param assignee the assignee, or null
 * @param labels the labels
 * @param points the points
 * @param dueAt when it is due
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param version the version
 */
public record PlainTask(String projectId, String taskId, String title, String status,
    long priority, String assignee, Set<String> labels, int points, Instant dueAt,
    Instant createdAt, Instant updatedAt, long version) {

  /** @return the task, read with GetItem as the generated getTask reads it */
  static Optional<PlainTask> get(DynamoDbClient client, String table, String projectId,
      String taskId) {
    GetItemResponse response = client.getItem(r -> r.tableName(table)
        .key(Map.of("PK", createS("PROJECT#" + projectId), "SK", createS("TASK#" + taskId)))
        .consistentRead(false));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item = response.item();
    AttributeValue assignee = item.get("assignee");
    AttributeValue labels = item.get("labels");
    return Optional.of(new PlainTask(item.get("projectId").s(), item.get("taskId").s(),
        item.get("title").s(), item.get("status").s(), Long.parseLong(item.get("priority").n()),
        assignee == null ? null : assignee.s(), labels == null ? Set.of() : Set.copyOf(labels.ss()),
        Integer.parseInt(item.get("points").n()), IsoMillis.parse(item.get("dueAt").s()),
        IsoMillis.parse(item.get("createdAt").s()), IsoMillis.parse(item.get("updatedAt").s()),
        Long.parseLong(item.get("version").n())));
  }
}
