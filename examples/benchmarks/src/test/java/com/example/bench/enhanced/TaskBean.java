package com.example.bench.enhanced;

import com.example.bench.baseline.HandWrittenTask;
import com.example.bench.baseline.IsoMillis;
import com.example.bench.work.TaskStatus;
import java.time.Instant;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The 12-attribute task as an Enhanced Client user writes it for a single-table design: a
 * mutable bean whose key attributes are getters computed from the attributes (with the same
 * fast key helpers as the hand-written baseline) and no-op setters, so it stores exactly the
 * item tablesmith's codec writes. Used by both {@code TableSchema.fromBean} and the
 * {@code StaticTableSchema} in {@link EnhancedSchemas}.
 */
@DynamoDbBean
public class TaskBean {
  private String projectId;
  private String taskId;
  private String title;
  private TaskStatus status;
  private Long priority;
  private String assignee;
  private Set<String> labels;
  private Integer points;
  private Instant dueAt;
  private Instant createdAt;
  private Instant updatedAt;
  private Long version;

  @DynamoDbPartitionKey
  @DynamoDbAttribute("PK")
  public String getPk() {
    return "PROJECT#" + projectId;
  }

  public void setPk(String ignored) {
    // computed from projectId
  }

  @DynamoDbSortKey
  @DynamoDbAttribute("SK")
  public String getSk() {
    return "TASK#" + taskId;
  }

  public void setSk(String ignored) {
    // computed from taskId
  }

  @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
  @DynamoDbAttribute("GSI1PK")
  public String getGsi1pk() {
    return assignee == null ? null : "ASSIGNEE#" + assignee;
  }

  public void setGsi1pk(String ignored) {
    // computed from assignee
  }

  @DynamoDbSecondarySortKey(indexNames = "GSI1")
  @DynamoDbAttribute("GSI1SK")
  public String getGsi1sk() {
    return "DUE#" + IsoMillis.format(dueAt) + "#" + taskId;
  }

  public void setGsi1sk(String ignored) {
    // computed from dueAt and taskId
  }

  @DynamoDbSecondaryPartitionKey(indexNames = "GSI2")
  @DynamoDbAttribute("GSI2PK")
  public String getGsi2pk() {
    return "PROJECT#" + projectId + "#" + status.storedValue();
  }

  public void setGsi2pk(String ignored) {
    // computed from projectId and status
  }

  @DynamoDbSecondarySortKey(indexNames = "GSI2")
  @DynamoDbAttribute("GSI2SK")
  public String getGsi2sk() {
    return "P#" + HandWrittenTask.pad6(priority) + "#" + taskId;
  }

  public void setGsi2sk(String ignored) {
    // computed from priority and taskId
  }

  @DynamoDbAttribute("_type")
  public String getType() {
    return "Task";
  }

  public void setType(String ignored) {
    // always Task
  }

  public String getProjectId() {
    return projectId;
  }

  public void setProjectId(String projectId) {
    this.projectId = projectId;
  }

  public String getTaskId() {
    return taskId;
  }

  public void setTaskId(String taskId) {
    this.taskId = taskId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public void setStatus(TaskStatus status) {
    this.status = status;
  }

  public Long getPriority() {
    return priority;
  }

  public void setPriority(Long priority) {
    this.priority = priority;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public Set<String> getLabels() {
    return labels;
  }

  public void setLabels(Set<String> labels) {
    this.labels = labels;
  }

  public Integer getPoints() {
    return points;
  }

  public void setPoints(Integer points) {
    this.points = points;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public void setDueAt(Instant dueAt) {
    this.dueAt = dueAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  @DynamoDbVersionAttribute
  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
