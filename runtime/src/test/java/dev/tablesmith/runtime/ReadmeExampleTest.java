package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The README's example of the DynamoDB Local extension, verbatim (ReadmeTest checks it is). */
@ExtendWith(DynamoDbLocalExtension.class)
class ReadmeExampleTest {
  @Test
  void storesAndReadsAnItem(LocalDynamoDb dynamo) {
    String table = dynamo.createTable("GSI1");
    TableOperations ops =
        TableOperations.builder(dynamo.client(), table, KeyAttributes.of("PK", "SK")).build();
    ops.create(ItemWriter.create()
        .putKey("PK", KeyTemplate.partition("USER#<userId>").render(KeyValue.text("u-1")))
        .putKey("SK", "PROFILE")
        .put("name", AttributeCodecs.STRING, "Ada")
        .build());
    Map<String, AttributeValue> item = ops.get(Map.of(
        "PK", AttributeValue.fromS("USER#u-1"), "SK", AttributeValue.fromS("PROFILE")), false)
        .orElseThrow();
    assertEquals("Ada", item.get("name").s());
  }
}
