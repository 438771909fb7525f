package com.example.bench.codec;

import com.example.bench.baseline.IsoMillis;
import com.example.bench.tiny.Tiny;
import com.example.bench.work.Task;
import com.example.bench.work.TaskStatus;
import dev.tablesmith.runtime.AttributeCodecs;
import dev.tablesmith.runtime.InstantFormat;
import dev.tablesmith.runtime.ItemReader;
import dev.tablesmith.runtime.ItemWriter;
import dev.tablesmith.runtime.KeyValue;
import dev.tablesmith.runtime.ValueDecodeException;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Generated codec methods (as {@code TaskCodec} and {@code TinyCodec} are generated) with one
 * check each taken out: the check the hand-written baseline does not make, where the generated
 * code is slower than the baseline. {@link CheckCostBenchmark} runs each beside the generated and
 * the hand-written code, so the difference between them is the check's cost;
 * {@code CheckCostTest} proves each does the same work as the generated code on the benchmark's
 * value and lets through the bad input the generated code refuses. Never use these.
 */
public final class WithoutChecks {
  private WithoutChecks() {}

  /**
   * {@code TaskCodec.decode} with its three instants read as the hand-written decoder reads them
   * ({@link IsoMillis#parse}: the digits, the date's ranges left to {@code LocalDate.of}, no check
   * of the length, the separators, that each digit is one or the time's ranges), the stored type
   * of each still checked.
   *
   * @param item a task item
   * @return the task
   */
  public static Task taskDecodeLaxInstants(Map<String, AttributeValue> item) {
    AttributeValue assignee = ItemReader.optional(item, "assignee");
    AttributeValue labels = ItemReader.optional(item, "labels");
    AttributeValue createdAt = ItemReader.optional(item, "createdAt");
    AttributeValue updatedAt = ItemReader.optional(item, "updatedAt");
    String at = null;
    try {
      return Task.builder()
          .projectId(AttributeCodecs.STRING.decode(ItemReader.stored(item, at = "projectId")))
          .taskId(AttributeCodecs.STRING.decode(ItemReader.stored(item, at = "taskId")))
          .title(AttributeCodecs.STRING.decode(ItemReader.stored(item, at = "title")))
          .status(TaskStatus.CODEC.decode(ItemReader.stored(item, at = "status")))
          .priority(AttributeCodecs.LONG.decode(ItemReader.stored(item, at = "priority")))
          .assignee(assignee == null ? null
              : AttributeCodecs.STRING.decode(ItemReader.reading(assignee, at = "assignee")))
          .labels(labels == null ? AttributeCodecs.STRING_SET.whenAbsent()
              : AttributeCodecs.STRING_SET.decode(ItemReader.reading(labels, at = "labels")))
          .points(AttributeCodecs.INT.decode(ItemReader.stored(item, at = "points")))
          .dueAt(IsoMillis.parse(ItemReader.stored(item, at = "dueAt").s()))
          .createdAt(createdAt == null ? null
              : IsoMillis.parse(ItemReader.reading(createdAt, at = "createdAt").s()))
          .updatedAt(updatedAt == null ? null
              : IsoMillis.parse(ItemReader.reading(updatedAt, at = "updatedAt").s()))
          .version(AttributeCodecs.LONG.decode(ItemReader.stored(item, at = "version")))
          .build();
    } catch (ValueDecodeException e) {
      throw ItemReader.of(item, "PK", "SK").failure(at, e);
    }
  }

  /**
   * {@code TaskCodec.encode} with its keys concatenated as the hand-written encoder concatenates
   * them: no key value checked for the delimiter, emptiness or the key's size.
   *
   * @param value a task
   * @return its item
   */
  public static Map<String, AttributeValue> taskEncodeUnguarded(Task value) {
    KeyValue dueAtKey = KeyValue.instant(value.dueAt(), InstantFormat.ISO_MILLIS);
    ItemWriter item = ItemWriter.create(19);
    item.putKey("PK", "PROJECT#" + value.projectId());
    item.putKey("SK", "TASK#" + value.taskId());
    item.putKey("GSI1PK", value.assignee() == null ? null : "ASSIGNEE#" + value.assignee());
    item.putKey("GSI1SK", "DUE#" + dueAtKey.text() + "#" + value.taskId());
    item.putKey("GSI2PK", "PROJECT#" + value.projectId() + "#" + value.status().storedValue());
    item.putKey("GSI2SK",
        "P#" + KeyValue.padded(value.priority(), 6).text() + "#" + value.taskId());
    item.put("_type", AttributeValue.createS("Task"));
    item.put("projectId", AttributeCodecs.STRING, value.projectId());
    item.put("taskId", AttributeCodecs.STRING, value.taskId());
    item.put("title", AttributeCodecs.STRING, value.title());
    item.put("status", TaskStatus.CODEC, value.status());
    item.put("priority", AttributeCodecs.LONG, value.priority());
    item.put("assignee", AttributeCodecs.STRING, value.assignee());
    item.put("labels", AttributeCodecs.STRING_SET, value.labels());
    item.put("points", AttributeCodecs.INT, value.points());
    item.putText("dueAt", dueAtKey);
    item.put("createdAt", AttributeCodecs.INSTANT, value.createdAt());
    item.put("updatedAt", AttributeCodecs.INSTANT, value.updatedAt());
    item.put("version", AttributeCodecs.LONG, value.version());
    return item.build();
  }

  /**
   * {@code TinyCodec.encode} returning its map as it is, mutable, where the generated encode
   * returns it read-only ({@code ItemWriter.build()}), so that a put keeps it without a copy.
   *
   * @param value a tiny value
   * @return its item, mutable
   */
  public static Map<String, AttributeValue> tinyEncodeMutable(Tiny value) {
    Map<String, AttributeValue> item = new HashMap<>(AttributeCodecs.capacity(1));
    if (!AttributeCodecs.STRING.isAbsent(value.stringAttr())) {
      item.put("stringAttr", AttributeCodecs.STRING.encode(value.stringAttr()));
    }
    return item;
  }
}
