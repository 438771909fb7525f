package dev.tablesmith.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class StampedItemTest {
    private static final Map<String, AttributeValue> BASE = Map.of(
            "PK", AttributeValue.fromS("ORDER#1"),
            "version", AttributeValue.fromN("3"));

    @Test
    void replacesAndAddsWithoutTouchingTheBase() {
        Map<String, AttributeValue> item = StampedItem.over(BASE)
                .set("version", AttributeValue.fromN("9"))
                .set("updatedAt", AttributeValue.fromS("2026-11-22T10:00:00.000Z"))
                .set(null, AttributeValue.fromS("ignored"))
                .set("version", AttributeValue.fromN("4"))
                .item();
        Map<String, AttributeValue> expected = Map.of(
                "PK", AttributeValue.fromS("ORDER#1"),
                "version", AttributeValue.fromN("4"),
                "updatedAt", AttributeValue.fromS("2026-11-22T10:00:00.000Z"));

        assertEquals(3, item.size());
        assertEquals(AttributeValue.fromN("4"), item.get("version"));
        assertEquals(AttributeValue.fromS("ORDER#1"), item.get("PK"));
        assertTrue(item.containsKey("updatedAt"));
        assertFalse(item.containsKey("createdAt"));
        Map<String, AttributeValue> seen = new HashMap<>();
        item.forEach((name, value) -> assertEquals(null, seen.put(name, value), name));
        assertEquals(expected, seen);
        assertEquals(expected, item);
        assertEquals(expected.hashCode(), item.hashCode());
        assertEquals(AttributeValue.fromN("3"), BASE.get("version"));
    }

    @Test
    void isReadOnlyAndTheBaseItselfWhenNothingIsSet() {
        Map<String, AttributeValue> item = StampedItem.over(BASE)
                .set("version", AttributeValue.fromN("4")).item();
        assertThrows(UnsupportedOperationException.class,
                () -> item.put("PK", AttributeValue.fromS("ORDER#2")));
        assertThrows(UnsupportedOperationException.class,
                () -> item.entrySet().iterator().next().setValue(AttributeValue.fromS("x")));
        assertSame(BASE, StampedItem.over(BASE).set(null, null).item());
    }

    @Test
    void aStampTheBaseAlreadyHasIsNoStamp() {
        assertSame(BASE, StampedItem.over(BASE).set("version", AttributeValue.fromN("3")).item());
        // but a later stamp of the base's value still replaces an earlier one
        Map<String, AttributeValue> back = StampedItem.over(BASE)
                .set("version", AttributeValue.fromN("9"))
                .set("version", AttributeValue.fromN("3")).item();
        assertEquals(BASE, back);
        Map<String, AttributeValue> changed = StampedItem.over(BASE)
                .set("version", AttributeValue.fromN("3"))
                .set("version", AttributeValue.fromN("5")).item();
        assertEquals(AttributeValue.fromN("5"), changed.get("version"));
    }
}
