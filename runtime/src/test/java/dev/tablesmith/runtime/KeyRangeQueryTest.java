package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Range bounds on a placeholder's value, against DynamoDB Local's real key order. */
@ExtendWith(DynamoDbLocalExtension.class)
class KeyRangeQueryTest {
    private static final KeyTemplate ORDER = KeyTemplate.sort("ORDER#<createdAt>#<orderId>");
    private static final Instant T1 = Instant.parse("2026-03-31T23:59:59.999Z");
    private static final Instant T2 = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant T3 = Instant.parse("2026-04-15T12:00:00Z");
    private static final Instant T4 = Instant.parse("2026-05-01T00:00:00Z");

    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb dynamo) {
        table = TableOperations.builder(dynamo.client(), dynamo.createTable(),
                KeyAttributes.of("PK", "SK")).build();
        List<BatchWrite> writes = new ArrayList<>();
        writes.add(order(T1, "a"));
        writes.add(order(T2, "b"));
        writes.add(order(T3, "c"));
        writes.add(order(T3, "d"));
        writes.add(order(T4, "e"));
        // other entity types in the same partition, sorting before and after the orders
        writes.add(BatchWrite.put(TableOperationsTest.item("USER#u", "ITEM#1", "x")));
        writes.add(BatchWrite.put(TableOperationsTest.item("USER#u", "PAYMENT#1", "x")));
        writes.add(BatchWrite.put(TableOperationsTest.item("USER#u", "ORDERS", "x")));
        table.batchWrite(writes);
    }

    private static BatchWrite order(Instant at, String id) {
        return BatchWrite.put(TableOperationsTest.item("USER#u",
                ORDER.render(KeyValue.instant(at), KeyValue.text(id)), "o"));
    }

    private List<String> ids(KeyRange<Instant> range) {
        QuerySpec spec = QuerySpec.table("ordersForUser", table.keys(), "USER#u")
                .sort(ORDER.condition(range.map(KeyValue::instant)));
        List<String> ids = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.queryAll(spec)) {
            ids.add(ORDER.parse(item.get("SK").s()).get("orderId"));
        }
        return ids;
    }

    @Test
    void inclusiveUpperBoundIncludesKeysThatContinueAfterThePlaceholder() {
        assertEquals(List.of("a", "b", "c", "d"), ids(KeyRange.atMost(T3)));
        assertEquals(List.of("b", "c", "d"), ids(KeyRange.between(T2, T3)));
        assertEquals(List.of("c", "d"), ids(KeyRange.between(T3, T3)));
    }

    @Test
    void exclusiveBoundsExcludeEveryItemWithThatValue() {
        assertEquals(List.of("a", "b"), ids(KeyRange.before(T3)));
        assertEquals(List.of("e"), ids(KeyRange.after(T3)));
        assertEquals(List.of("c", "d", "e"), ids(KeyRange.atLeast(T3)));
    }

    @Test
    void oneSidedBoundsStayWithinTheEntitysPrefix() {
        assertEquals(List.of("a", "b", "c", "d", "e"), ids(KeyRange.all()));
        assertEquals(List.of("a", "b", "c", "d", "e"),
                ids(KeyRange.after(Instant.parse("2000-01-01T00:00:00Z"))));
        assertEquals(List.of("a", "b", "c", "d", "e"),
                ids(KeyRange.before(Instant.parse("2100-01-01T00:00:00Z"))));
        assertEquals(List.of("a", "b", "c", "d", "e"),
                ids(KeyRange.atMost(Instant.parse("9999-12-31T23:59:59.999Z"))));
    }

    @Test
    void beginsWithTakesAPartialValue() {
        assertEquals(List.of("b", "c", "d"), ids(KeyRange.beginsWith("2026-04")));
        assertEquals(List.of("c", "d"), ids(KeyRange.beginsWith("2026-04-15T12:00:00.000Z")));
    }
}
