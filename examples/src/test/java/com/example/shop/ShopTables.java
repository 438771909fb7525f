package com.example.shop;

import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The shop model's table in DynamoDB Local, as shop.tablesmith.yaml declares it (GSI1 projects
 * all attributes, GSI2 keys only). Written by hand until the CloudFormation output can create it.
 */
public final class ShopTables {
  private ShopTables() {}

  /** @param dynamo the server @return the new table's unique name */
  public static String create(LocalDynamoDb dynamo) {
    return dynamo.createTable(request -> request
        .attributeDefinitions(string("PK"), string("SK"), string("GSI1PK"), string("GSI1SK"),
            string("GSI2PK"), string("GSI2SK"))
        .keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
        .globalSecondaryIndexes(index("GSI1", ProjectionType.ALL), index("GSI2", ProjectionType.KEYS_ONLY))
        .streamSpecification(StreamSpecification.builder().streamEnabled(true)
            .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build()));
  }

  private static GlobalSecondaryIndex index(String name, ProjectionType projection) {
    return GlobalSecondaryIndex.builder().indexName(name)
        .keySchema(List.of(key(name + "PK", KeyType.HASH), key(name + "SK", KeyType.RANGE)))
        .projection(Projection.builder().projectionType(projection).build()).build();
  }

  static AttributeDefinition string(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
