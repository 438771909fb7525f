package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbLocalExtension.class)
class PaginationTest {
    private static final KeyTemplate ORDER = KeyTemplate.sort("ORDER#<n>");

    private LocalDynamoDb dynamo;
    private String tableName;
    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb local) {
        dynamo = local;
        tableName = local.createTable();
        table = TableOperations.builder(local.client(), tableName, KeyAttributes.of("PK", "SK"))
                .build();
        List<BatchWrite> writes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            writes.add(BatchWrite.put(TableOperationsTest.item("U#1",
                    ORDER.render(KeyValue.padded((long) i, 3)),
                    i == 6 ? "LAST" : "OTHER")));
        }
        writes.add(BatchWrite.put(TableOperationsTest.item("U#1", "PROFILE", "P")));
        writes.add(BatchWrite.put(TableOperationsTest.item("U#2", "ORDER#000", "OTHER")));
        table.batchWrite(writes);
    }

    private QuerySpec orders(String user) {
        return QuerySpec.table("ordersForUser", table.keys(), user).sort(ORDER.condition());
    }

    private static List<String> sortKeys(List<Map<String, AttributeValue>> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("SK").s()));
        return out;
    }

    @Test
    void cursorsWalkEveryPageInOrder() {
        List<String> seen = new ArrayList<>();
        Page<Map<String, AttributeValue>> page = table.query(orders("U#1"), PageRequest.first(3));
        int pages = 1;
        seen.addAll(sortKeys(page.items()));
        while (page.hasMore()) {
            page = table.query(orders("U#1"), PageRequest.of(3, page.next()));
            seen.addAll(sortKeys(page.items()));
            pages++;
        }
        assertEquals(List.of("ORDER#000", "ORDER#001", "ORDER#002", "ORDER#003", "ORDER#004",
                "ORDER#005", "ORDER#006"), seen);
        assertTrue(pages >= 3, "7 items in pages of 3");
        List<String> descending = new ArrayList<>();
        table.queryAll(orders("U#1").descendingOrder().pageSize(2)).forEach(
                i -> descending.add(i.get("SK").s()));
        assertEquals("ORDER#006", descending.get(0));
        assertEquals(7, descending.size());
    }

    @Test
    void cursorReplayedAgainstAnotherPatternPartitionOrFilterIsRefused() {
        Cursor cursor = table.query(orders("U#1"), PageRequest.first(2)).next();
        String expected = "cursor belongs to another query (a different access pattern, index,"
                + " partition, range, filter or order)";
        QuerySpec otherPattern = new QuerySpec("recentOrders", null, table.keys(),
                AttributeValue.fromS("U#1"), ORDER.condition(), null, false, false, 25);
        assertEquals(expected, assertThrows(InvalidCursorException.class,
                () -> table.query(otherPattern, PageRequest.after(cursor))).getMessage());
        assertThrows(InvalidCursorException.class, () -> table.query(orders("U#2"),
                PageRequest.after(cursor)));
        assertThrows(InvalidCursorException.class, () -> table.query(orders("U#1")
                .descendingOrder(),
                PageRequest.after(cursor)));
        assertThrows(InvalidCursorException.class, () -> table.query(orders("U#1")
                .filter(Condition.exists("status")), PageRequest.after(cursor)));
        // the page size is not part of the query: a cursor may be used with another size
        assertEquals(2, table.query(orders("U#1"), PageRequest.of(2, cursor)).items().size());
    }

    @Test
    void aCursorIsSignedWhenFirstReadAndReadsTheSameFromItsToken() {
        Cursor deferred = table.query(orders("U#1"), PageRequest.first(2)).next();
        String token = deferred.token();
        assertEquals(token, deferred.token());
        Cursor fromToken = Cursor.of(token);
        assertEquals(fromToken, deferred);
        assertEquals(fromToken.hashCode(), deferred.hashCode());
        // the same page again makes the same token: it depends on the query and the key only
        assertEquals(token, table.query(orders("U#1"), PageRequest.first(2)).next().token());
        // a cursor passed on without its token read, and one rebuilt from its token, read on
        List<String> viaObject = keys(table.query(orders("U#1"), PageRequest.of(2,
                table.query(orders("U#1"), PageRequest.first(2)).next())));
        assertEquals(viaObject, keys(table.query(orders("U#1"), PageRequest.of(2, fromToken))));
        assertEquals(2, viaObject.size());
        int[] made = {0};
        Cursor counted = Cursor.deferred(() -> {
            made[0]++;
            return "abc";
        });
        assertEquals(0, made[0]);
        assertEquals("abc", counted.token());
        assertEquals("abc", counted.toString());
        assertEquals(1, made[0]);
        assertThrows(InvalidCursorException.class, () -> Cursor.deferred(() -> "").token());
    }

    private static List<String> keys(Page<Map<String, AttributeValue>> page) {
        List<String> keys = new ArrayList<>();
        page.items().forEach(item -> keys.add(item.get("SK").s()));
        return keys;
    }

    @Test
    void tamperedOrForeignCursorsAreRefused() {
        Cursor cursor = table.query(orders("U#1"), PageRequest.first(2)).next();
        byte[] raw = Base64.getUrlDecoder().decode(cursor.token());
        raw[raw.length - 1] ^= 1;
        Cursor altered = Cursor.of(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
        assertEquals("cursor was altered (its signature does not match)", assertThrows(
                InvalidCursorException.class, () -> table.query(orders("U#1"),
                        PageRequest.after(altered))).getMessage());
        assertEquals("cursor is not a tablesmith cursor (bad encoding)",
                assertThrows(InvalidCursorException.class,
                () -> table.query(orders("U#1"), PageRequest.after(Cursor.of("not*base64"))))
                        .getMessage());
        assertEquals("cursor is not a tablesmith cursor (bad header)",
                assertThrows(InvalidCursorException.class,
                () -> table.query(orders("U#1"), PageRequest.after(Cursor.of("AAAA"))))
                        .getMessage());
        TableOperations otherSecret = TableOperations.builder(dynamo.client(), tableName,
                table.keys())
                .cursorSecret("another secret".getBytes(StandardCharsets.UTF_8)).build();
        assertEquals("cursor was altered (its signature does not match)",
                assertThrows(InvalidCursorException.class,
                () -> otherSecret.query(orders("U#1"), PageRequest.after(cursor))).getMessage());
    }

    @Test
    void iterationContinuesThroughEmptyPagesThatCarryACursor() {
        QuerySpec onlyLast = orders("U#1").filter(Condition.eq("status",
                AttributeValue.fromS("LAST")));
        Page<Map<String, AttributeValue>> first = table.query(onlyLast, PageRequest.first(2));
        assertTrue(first.items().isEmpty(), "the filter dropped both items DynamoDB read");
        assertTrue(first.hasMore(), "an empty page still carries a cursor");
        List<Map<String, AttributeValue>> all = new ArrayList<>();
        table.queryAll(onlyLast.pageSize(2)).forEach(all::add);
        assertEquals(List.of("ORDER#006"), sortKeys(all));
        List<Map<String, AttributeValue>> none = new ArrayList<>();
        table.queryAll(orders("U#1").filter(Condition.eq("status", AttributeValue.fromS("NONE")))
                .pageSize(2))
                .forEach(none::add);
        assertTrue(none.isEmpty());
        assertFalse(table.query(orders("U#9"), PageRequest.first()).hasMore());
    }

    @Test
    void aMappedPageKeepsTheOrderAndTheCursorAndIsReadOnly() {
        Page<Map<String, AttributeValue>> page = table.query(orders("U#1"), PageRequest.first(3));
        Page<String> keys = page.map(item -> item.get("SK").s());
        assertEquals(page.items().stream().map(item -> item.get("SK").s()).toList(), keys.items());
        assertEquals(3, keys.items().size());
        assertTrue(page.next() == keys.next(), "the same cursor, still unsigned");
        assertThrows(UnsupportedOperationException.class, () -> keys.items().add("x"));
        assertThrows(NullPointerException.class, () -> page.map(item -> null));
    }

    @Test
    void pageSizesOutsideOneToAThousandAreRefused() {
        assertThrows(InvalidValueException.class, () -> PageRequest.first(0));
        assertThrows(InvalidValueException.class, () -> PageRequest.first(1001));
        assertEquals(1000, PageRequest.first(1000).size());
    }
}
