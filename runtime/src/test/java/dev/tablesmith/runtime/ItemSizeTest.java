package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.FaultInjectingHttpClient;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Items at DynamoDB's 400 KB limit, attribute names counted. */
@ExtendWith(DynamoDbLocalExtension.class)
class ItemSizeTest {
    private FaultInjectingHttpClient http;
    private DynamoDbClient client;
    private String tableName;
    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb dynamo) {
        http = FaultInjectingHttpClient.wrap(dynamo.httpClient());
        client = dynamo.clientBuilder(http).build();
        tableName = dynamo.createTable();
        table = TableOperations.builder(client, tableName, KeyAttributes.of("PK", "SK")).build();
    }

    @AfterEach
    void close() {
        client.close();
        http.close();
    }

    /** PK=p, SK=s and one attribute whose name and value make the item {@code size} bytes. */
    private static Map<String, AttributeValue> itemOfSize(long size, String name) {
        long fixed = "PK".length() + 1 + "SK".length() + 1
                + name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return Map.of("PK", AttributeValue.fromS("p"), "SK", AttributeValue.fromS("s"),
                name, AttributeValue.fromS("x".repeat((int) (size - fixed))));
    }

    @Test
    void theLargestValidItemIsAcceptedAndOneByteMoreIsRefusedBeforeSending() {
        Map<String, AttributeValue> largest = itemOfSize(ItemSize.LIMIT, "données");
        assertEquals(409_600, ItemSize.of(largest));
        table.put(PutSpec.of(largest));
        assertEquals(largest, table.get(TableOperationsTest.key("p", "s"), true).orElseThrow());

        Map<String, AttributeValue> tooLarge = itemOfSize(ItemSize.LIMIT + 1, "données");
        int puts = http.attempts("PutItem");
        ItemTooLargeException e = assertThrows(ItemTooLargeException.class,
                () -> table.put(PutSpec.of(tooLarge)));
        assertEquals("item is 409601 bytes, over DynamoDB's limit of 409600 bytes"
                + " (attribute names and"
                + " values counted)", e.getMessage());
        assertEquals(puts, http.attempts("PutItem"), "refused before sending");
        assertThrows(ItemTooLargeException.class, () -> BatchWrite.put(tooLarge));
        assertThrows(ItemTooLargeException.class, () -> table.transaction()
                .put(PutSpec.of(tooLarge)));
    }

    @Test
    void dynamoDbLocalAgreesOnTheLimit() {
        // sent raw, bypassing the check: Local refuses exactly the item our check refuses
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> client.putItem(b -> b
                .tableName(tableName).item(itemOfSize(ItemSize.LIMIT + 1, "données"))));
        assertTrue(e.getMessage().contains("Item size has exceeded the maximum allowed size"),
                e.getMessage());
    }

    @Test
    void sizesOfOtherTypesFollowDynamoDbsRules() {
        assertEquals(1 + 1, ItemSize.of(Map.of("b", AttributeValue.fromBool(true))));
        assertEquals(1 + 4, ItemSize.of(Map.of("n", AttributeValue.fromN("12345"))),
                "ceil(5 digits / 2) + 1");
        assertEquals(1 + 2, ItemSize.of(Map.of("n", AttributeValue.fromN("-0.000100"))));
        assertEquals(1 + 3, ItemSize.of(Map.of("b",
                AttributeValue.fromB(SdkBytes.fromByteArray(new byte[3])))));
        assertEquals(1 + 3 + 2 + 2, ItemSize.of(Map.of("l", AttributeValue.fromL(List.of(
                AttributeValue.fromS("a"), AttributeValue.fromS("b"))))));
        assertEquals(1 + 3 + 1 + 1 + 1, ItemSize.of(Map.of("m", AttributeValue.fromM(Map.of(
                "k", AttributeValue.fromS("v"))))));
        assertEquals(2 + 3, ItemSize.of(Map.of("ss", AttributeValue.fromSs(List.of("a", "bc")))));
    }
}
