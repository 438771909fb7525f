package com.example.bench.baseline;

import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.createN;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.createS;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.createSs;

import com.example.bench.work.Task;
import com.example.bench.work.TaskStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The hand-written baseline for the 12-attribute task: the same item the generated codec
 * writes (table key, both index keys, the sparse GSI1 partition key only when assigned, the
 * entity type, every attribute), built with {@code createX} factories and plain string
 * concatenation. Unlike tablesmith it does not guard key text (a '#' in an id would forge
 * another key) or the padded width; it is the fastest honest code, not the safest.
 */
public final class HandWrittenTask {
  private HandWrittenTask() {}

  public static Map<String, AttributeValue> encode(Task v) {
    Map<String, AttributeValue> item = new HashMap<>(HandWritten.capacity(19));
    String projectId = v.projectId();
    String taskId = v.taskId();
    String assignee = v.assignee();
    String due = IsoMillis.format(v.dueAt());
    item.put("PK", createS("PROJECT#" + projectId));
    item.put("SK", createS("TASK#" + taskId));
    if (assignee != null) {
      item.put("GSI1PK", createS("ASSIGNEE#" + assignee));
    }
    item.put("GSI1SK", createS("DUE#" + due + "#" + taskId));
    item.put("GSI2PK", createS("PROJECT#" + projectId + "#" + v.status().storedValue()));
    item.put("GSI2SK", createS("P#" + pad6(v.priority()) + "#" + taskId));
    item.put("_type", createS("Task"));
    item.put("projectId", createS(projectId));
    item.put("taskId", createS(taskId));
    item.put("title", createS(v.title()));
    item.put("status", createS(v.status().storedValue()));
    item.put("priority", createN(Long.toString(v.priority())));
    if (assignee != null) {
      item.put("assignee", createS(assignee));
    }
    if (!v.labels().isEmpty()) {
      item.put("labels", createSs(new ArrayList<>(v.labels())));
    }
    item.put("points", createN(Integer.toString(v.points())));
    item.put("dueAt", createS(due));
    if (v.createdAt() != null) {
      item.put("createdAt", createS(IsoMillis.format(v.createdAt())));
    }
    if (v.updatedAt() != null) {
      item.put("updatedAt", createS(IsoMillis.format(v.updatedAt())));
    }
    item.put("version", createN(Long.toString(v.version())));
    return item;
  }

  public static Task decode(Map<String, AttributeValue> item) {
    AttributeValue assignee = item.get("assignee");
    AttributeValue labels = item.get("labels");
    AttributeValue created = item.get("createdAt");
    AttributeValue updated = item.get("updatedAt");
    return Task.builder().projectId(item.get("projectId").s()).taskId(item.get("taskId").s())
        .title(item.get("title").s()).status(TaskStatus.valueOf(item.get("status").s()))
        .priority(Long.parseLong(item.get("priority").n()))
        .assignee(assignee == null ? null : assignee.s())
        .labels(labels == null ? Set.of() : Set.copyOf(labels.ss()))
        .points(Integer.parseInt(item.get("points").n()))
        .dueAt(IsoMillis.parse(item.get("dueAt").s()))
        .createdAt(created == null ? null : IsoMillis.parse(created.s()))
        .updatedAt(updated == null ? null : IsoMillis.parse(updated.s()))
        .version(Long.parseLong(item.get("version").n())).build();
  }

  /** @param value 0 to 999999 @return six digits */
  public static String pad6(long value) {
    String digits = Long.toString(value);
    return "000000".substring(digits.length()) + digits;
  }
}
