package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbLocalExtension.class)
class TableOperationsTest {
    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb dynamo) {
        table = TableOperations.builder(dynamo.client(), dynamo.createTable(),
                KeyAttributes.of("PK", "SK")).build();
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk));
    }

    static Map<String, AttributeValue> item(String pk, String sk, String status) {
        return ItemWriter.create().put("PK", AttributeValue.fromS(pk)).put("SK",
                AttributeValue.fromS(sk))
                .put("status", AttributeCodecs.STRING, status).build();
    }

    @Test
    void get_returnsEmptyForMissingItemAndTheItemOnceWritten() {
        assertEquals(Optional.empty(), table.get(key("A", "1"), false));
        table.put(PutSpec.of(item("A", "1", "NEW")));
        assertEquals("NEW", table.get(key("A", "1"), true).orElseThrow().get("status").s());
        assertEquals("NEW", table.get(key("A", "1"), false).orElseThrow().get("status").s());
    }

    @Test
    void create_failsWhenTheKeyExistsAndReportsTheCurrentItem() {
        table.create(item("A", "1", "FIRST"));
        ItemAlreadyExistsException e = assertThrows(ItemAlreadyExistsException.class,
                () -> table.create(item("A", "1", "SECOND")));
        assertEquals("FIRST", e.currentItem().orElseThrow().get("status").s());
        assertEquals("an item with key {PK=A, SK=1} already exists", e.getMessage());
        assertEquals("FIRST", table.get(key("A", "1"), true).orElseThrow().get("status").s());
    }

    @Test
    void put_withFailedConditionReportsCurrentItemWithoutASecondRead() {
        table.put(PutSpec.of(item("A", "1", "PAID")));
        ConditionFailedException e = assertThrows(ConditionFailedException.class, () -> table.put(
                PutSpec.of(item("A", "1", "NEW")).when(Condition.eq("status",
                        AttributeValue.fromS("PENDING")))));
        assertEquals("PAID", e.currentItem().orElseThrow().get("status").s());
        assertEquals("the condition on item {PK=A, SK=1} failed", e.getMessage());
    }

    @Test
    void update_returnsTheNewItemAndHonoursConditions() {
        table.put(PutSpec.of(item("A", "1", "NEW")));
        Map<String, AttributeValue> after = table.update(UpdateSpec.of(key("A", "1"),
                Update.builder().set("status", AttributeValue.fromS("PAID")).increment("count", 2)
                        .build())
                .when(Condition.eq("status", AttributeValue.fromS("NEW"))));
        assertEquals("PAID", after.get("status").s());
        assertEquals("2", after.get("count").n());
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> table.update(UpdateSpec.of(key("A", "1"), Update.builder().remove("status")
                        .build())
                        .when(Condition.eq("status", AttributeValue.fromS("NEW")))));
        assertEquals("PAID", e.currentItem().orElseThrow().get("status").s());
    }

    @Test
    void update_ifExistsRefusesToCreate() {
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> table.update(UpdateSpec.of(key("Z", "9"),
                        Update.builder().set("status", AttributeValue.fromS("X")).build())
                                .ifExists()));
        assertFalse(e.currentItem().isPresent());
        assertEquals("the condition on item {PK=Z, SK=9} failed (the item does not exist)",
                e.getMessage());
        assertEquals(Optional.empty(), table.get(key("Z", "9"), true));
    }

    @Test
    void delete_returnsTheOldItemAndChecksConditions() {
        table.put(PutSpec.of(item("A", "1", "NEW")));
        assertThrows(ConditionFailedException.class, () -> table.delete(
                DeleteSpec.of(key("A", "1")).when(Condition.eq("status",
                        AttributeValue.fromS("GONE")))));
        assertEquals("NEW", table.delete(DeleteSpec.of(key("A", "1"))).orElseThrow().get("status")
                .s());
        assertEquals(Optional.empty(), table.delete(DeleteSpec.of(key("A", "1"))));
        assertEquals(Optional.empty(), table.get(key("A", "1"), true));
    }

    @Test
    void writes_refuseItemsWithoutTheirKeyBeforeSending() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> table.put(PutSpec.of(Map.of("PK", AttributeValue.fromS("A")))));
        assertTrue(e.getMessage().startsWith("key attribute 'SK' is missing"), e.getMessage());
        assertNull(table.get(key("A", "1"), true).orElse(null));
    }
}
