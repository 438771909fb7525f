package com.example.tracker;

import dev.tablesmith.runtime.testing.LocalDynamoDb;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** The tracker model's table in DynamoDB Local, as tracker.tablesmith.yaml declares it. */
final class TrackerTables {
  private TrackerTables() {}

  static String create(LocalDynamoDb dynamo) {
    return dynamo.createTable(request -> request
        .attributeDefinitions(string("PK"), string("SK"), string("GSI1PK"), string("GSI1SK"), string("assignee"),
            string("GSI2SK"), string("LSI1SK"), string("GSI3PK"), string("GSI3SK"), string("projectId"),
            string("status"), string("ticketId"), AttributeDefinition.builder().attributeName("priority")
                .attributeType(ScalarAttributeType.N).build())
        .keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
        .globalSecondaryIndexes(
            GlobalSecondaryIndex.builder().indexName("GSI1")
                .keySchema(key("GSI1PK", KeyType.HASH), key("GSI1SK", KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build(),
            GlobalSecondaryIndex.builder().indexName("byAssignee")
                .keySchema(key("assignee", KeyType.HASH), key("GSI2SK", KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build(),
            GlobalSecondaryIndex.builder().indexName("triage")
                .keySchema(key("projectId", KeyType.HASH), key("status", KeyType.HASH),
                    key("priority", KeyType.RANGE), key("ticketId", KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build(),
            GlobalSecondaryIndex.builder().indexName("board")
                .keySchema(key("GSI3PK", KeyType.HASH), key("GSI3SK", KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                    .nonKeyAttributes("title", "status").build()).build())
        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("recent")
            .keySchema(key("PK", KeyType.HASH), key("LSI1SK", KeyType.RANGE))
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())
        .streamSpecification(StreamSpecification.builder().streamEnabled(true)
            .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build()));
  }

  private static AttributeDefinition string(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
