package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.FaultInjectingHttpClient;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbLocalExtension.class)
class OptimisticLockingTest {
    static final Lifecycle LIFE = Lifecycle.none().version("version").created("createdAt")
            .updated("updatedAt");
    private static final Instant T0 = Instant.parse("2026-11-21T10:15:29.123456Z");

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        private Instant now;

        HandClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock(T0);
    private FaultInjectingHttpClient http;
    private DynamoDbClient client;
    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb dynamo) {
        http = FaultInjectingHttpClient.wrap(dynamo.httpClient());
        client = dynamo.clientBuilder(http).build();
        table = TableOperations.builder(client, dynamo.createTable(), KeyAttributes.of("PK", "SK"))
                .clock(clock).build();
    }

    @AfterEach
    void close() {
        client.close();
        http.close();
    }

    private static long version(Map<String, AttributeValue> item) {
        return Long.parseLong(item.get("version").n());
    }

    private UpdateSpec setStatus(String status, long expected) {
        return UpdateSpec.of(TableOperationsTest.key("A", "1"),
                Update.builder().set("status", AttributeValue.fromS(status)).build())
                .lifecycle(LIFE).expectVersion(expected);
    }

    @Test
    void versionStartsAtOneAndEveryWriteIncrementsIt() {
        Map<String, AttributeValue> created = table.put(PutSpec.create(TableOperationsTest.item("A",
                "1", "NEW")).lifecycle(LIFE));
        assertEquals(1, version(created));
        assertEquals("2026-11-21T10:15:29.123Z", created.get("createdAt").s());
        assertEquals("2026-11-21T10:15:29.123Z", created.get("updatedAt").s());
        clock.advance(Duration.ofMinutes(5));
        Map<String, AttributeValue> updated = table.update(setStatus("PAID", 1));
        assertEquals(2, version(updated));
        assertEquals("2026-11-21T10:15:29.123Z", updated.get("createdAt").s(), "created is kept");
        assertEquals("2026-11-21T10:20:29.123Z", updated.get("updatedAt").s());
        clock.advance(Duration.ofMinutes(5));
        Map<String, AttributeValue> replaced = table.put(PutSpec.of(updated).lifecycle(LIFE)
                .expectVersion(2));
        assertEquals(3, version(replaced));
        assertEquals("2026-11-21T10:25:29.123Z", replaced.get("updatedAt").s());
        assertEquals(replaced, table.get(TableOperationsTest.key("A", "1"), true).orElseThrow());
        Update note = Update.builder().set("note", AttributeValue.fromS("n")).build();
        Map<String, AttributeValue> unversioned = table.update(
                UpdateSpec.of(TableOperationsTest.key("A", "1"), note).lifecycle(LIFE));
        assertEquals(4, version(unversioned),
                "an update without an expected version still increments");
    }

    @Test
    void staleVersionIsAConflictCarryingTheCurrentItemWithoutASecondRead() {
        table.put(PutSpec.create(TableOperationsTest.item("A", "1", "NEW")).lifecycle(LIFE));
        table.update(setStatus("PAID", 1));
        int reads = http.attempts("GetItem");
        VersionConflictException e = assertThrows(VersionConflictException.class,
                () -> table.update(setStatus("X", 1)));
        assertEquals(1, e.expectedVersion());
        assertEquals(2L, e.actualVersion());
        assertEquals("PAID", e.currentItem().orElseThrow().get("status").s());
        assertEquals("item {PK=A, SK=1} was expected at version 1 but is at version 2",
                e.getMessage());
        assertEquals(reads, http.attempts("GetItem"), "no second read");
        assertThrows(VersionConflictException.class, () -> table.put(
                PutSpec.of(TableOperationsTest.item("A", "1", "Y")).lifecycle(LIFE)
                        .expectVersion(1)));
        assertThrows(VersionConflictException.class, () -> table.delete(
                DeleteSpec.of(TableOperationsTest.key("A", "1")).lifecycle(LIFE).expectVersion(1)));
        assertEquals(2, version(table.delete(DeleteSpec.of(TableOperationsTest.key("A", "1"))
                .lifecycle(LIFE)
                .expectVersion(2)).orElseThrow()));
        VersionConflictException gone = assertThrows(VersionConflictException.class,
                () -> table.update(setStatus("Z", 2)));
        assertNull(gone.actualVersion());
        assertEquals("item {PK=A, SK=1} was expected at version 2 but does not exist",
                gone.getMessage());
    }

    @Test
    void aFailedExtraConditionAtTheRightVersionIsNotAVersionConflict() {
        table.put(PutSpec.create(TableOperationsTest.item("A", "1", "NEW")).lifecycle(LIFE));
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> table.update(
                setStatus("X", 1).when(Condition.eq("status", AttributeValue.fromS("PAID")))));
        assertEquals(ConditionFailedException.class, e.getClass());
    }

    @Test
    void aVersionedPutMustCreateOrNameTheVersionItReplaces() {
        assertThrows(IllegalArgumentException.class,
                () -> table.put(PutSpec.of(TableOperationsTest.item("A", "1", "NEW"))
                        .lifecycle(LIFE)));
        assertThrows(IllegalArgumentException.class,
                () -> PutSpec.of(TableOperationsTest.item("A", "1", "NEW")).expectVersion(3));
    }

    @Test
    void anUpsertingUpdateSetsCreatedOnce() {
        Map<String, AttributeValue> first = table.update(UpdateSpec.of(TableOperationsTest.key("A",
                "1"),
                Update.builder().set("status", AttributeValue.fromS("NEW")).build())
                        .lifecycle(LIFE));
        assertEquals(1, version(first));
        clock.advance(Duration.ofSeconds(1));
        Map<String, AttributeValue> second = table.update(setStatus("PAID", 1));
        assertEquals(first.get("createdAt"), second.get("createdAt"));
        assertEquals("2026-11-21T10:15:30.123Z", second.get("updatedAt").s());
    }

    @Test
    void versionsAreCheckedInsideTransactions() {
        table.put(PutSpec.create(TableOperationsTest.item("A", "1", "NEW")).lifecycle(LIFE));
        Map<String, AttributeValue> other = new LinkedHashMap<>(TableOperationsTest.item("B", "1",
                "NEW"));
        TransactionFailedException e = assertThrows(TransactionFailedException.class,
                () -> table.transaction()
                .put(PutSpec.create(other).lifecycle(LIFE))
                .update(setStatus("PAID", 7)).execute());
        assertEquals(1, e.failures().get(0).index());
        assertEquals("1", e.failures().get(0).current().orElseThrow().get("version").n());
        table.transaction().put(PutSpec.create(other).lifecycle(LIFE)).update(setStatus("PAID", 1))
                .execute();
        assertEquals(2, version(table.get(TableOperationsTest.key("A", "1"), true).orElseThrow()));
    }
}
