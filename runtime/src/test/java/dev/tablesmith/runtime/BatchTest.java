package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.FaultInjectingHttpClient;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import dev.tablesmith.runtime.testing.UnprocessedInjector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbLocalExtension.class)
class BatchTest {
    private final List<Duration> sleeps = new ArrayList<>();
    private final UnprocessedInjector unprocessed = new UnprocessedInjector();
    private FaultInjectingHttpClient http;
    private DynamoDbClient client;
    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb dynamo) {
        http = FaultInjectingHttpClient.wrap(dynamo.httpClient());
        client = dynamo.clientBuilder(http).overrideConfiguration(
                o -> o.addExecutionInterceptor(unprocessed)).build();
        RetryPolicy retry = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(25),
                sleeps::add, new Random(42));
        table = TableOperations.builder(client, dynamo.createTable(), KeyAttributes.of("PK", "SK"))
                .batchRetry(retry).build();
    }

    @AfterEach
    void close() {
        client.close();
        http.close();
    }

    private static List<BatchWrite> puts(int count) {
        List<BatchWrite> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            writes.add(BatchWrite.put(TableOperationsTest.item("P", "S" + i, "v" + i)));
        }
        return writes;
    }

    private static List<Map<String, AttributeValue>> keys(int from, int to) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = from; i < to; i++) {
            keys.add(TableOperationsTest.key("P", "S" + i));
        }
        return keys;
    }

    private static Set<String> sortKeys(List<Map<String, AttributeValue>> items) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(i.get("SK").s()));
        return out;
    }

    @Test
    void writesAreChunkedBy25AndGetsBy100() {
        table.batchWrite(puts(60));
        assertEquals(3, http.attempts("BatchWriteItem"), "25 + 25 + 10");
        List<Map<String, AttributeValue>> found = table.batchGet(keys(0, 250), true);
        assertEquals(3, http.attempts("BatchGetItem"), "100 + 100 + 50");
        assertEquals(sortKeys(keys(0, 60)), sortKeys(found));
        table.batchWrite(List.of(BatchWrite.delete(TableOperationsTest.key("P", "S0"))));
        assertEquals(59, table.batchGet(keys(0, 60), false).size());
    }

    @Test
    void duplicateKeysAreRefusedBeforeSending() {
        List<BatchWrite> writes = new ArrayList<>(puts(30));
        writes.add(BatchWrite.delete(TableOperationsTest.key("P", "S3")));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> table.batchWrite(writes));
        assertEquals("key {PK=P, SK=S3} appears twice in one batch", e.getMessage());
        List<Map<String, AttributeValue>> keys = new ArrayList<>(keys(0, 150));
        keys.add(TableOperationsTest.key("P", "S149"));
        assertThrows(InvalidValueException.class, () -> table.batchGet(keys, false));
        assertEquals(0, http.attempts("BatchWriteItem") + http.attempts("BatchGetItem"));
    }

    @Test
    void unprocessedItemsAreRetriedWithExponentialBackoffAndJitter() {
        unprocessed.withholdFor(3);
        table.batchWrite(puts(25));
        assertEquals(4, http.attempts("BatchWriteItem"), "3 cut-short rounds, then the rest");
        assertEquals(3, sleeps.size());
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(25),
                d -> { }, new Random());
        assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(25)),
                List.of(policy.cap(1), policy.cap(2), policy.cap(3)));
        for (int i = 0; i < sleeps.size(); i++) {
            assertTrue(sleeps.get(i).compareTo(policy.cap(i + 1)) <= 0, "jittered below the cap: "
                    + sleeps);
        }
        assertEquals(25, table.batchGet(keys(0, 25), true).size());
        unprocessed.withholdFor(2);
        assertEquals(25, table.batchGet(keys(0, 25), true).size());
        assertEquals(1 + 3, http.attempts("BatchGetItem"), "one clean call, then 2 cut short + 1");
    }

    @Test
    void writesStillUnprocessedAfterTheLimitAreListedExactly() {
        unprocessed.withholdFor(100);
        UnprocessedItemsException e = assertThrows(UnprocessedItemsException.class,
                () -> table.batchWrite(puts(30)));
        assertEquals(5, http.attempts("BatchWriteItem"), "maxAttempts rounds of the first chunk");
        assertEquals(30 - 5, e.unprocessedWrites().size(), "20 of chunk 1 and all 5 of chunk 2");
        List<Map<String, AttributeValue>> left = new ArrayList<>();
        e.unprocessedWrites().forEach(w -> left.add(w.put()));
        unprocessed.withholdFor(0);
        List<Map<String, AttributeValue>> stored = table.batchGet(keys(0, 30), true);
        assertEquals(sortKeys(keys(0, 5)), sortKeys(stored),
                "exactly one write per round was done");
        Set<String> all = sortKeys(stored);
        all.addAll(sortKeys(left));
        assertEquals(30, all.size(), "done + unprocessed = everything, nothing dropped");
    }

    @Test
    void keysStillUnprocessedAfterTheLimitAreListedWithWhatWasRead() {
        table.batchWrite(puts(120));
        unprocessed.withholdFor(100);
        UnprocessedItemsException e = assertThrows(UnprocessedItemsException.class,
                () -> table.batchGet(keys(0, 120), true));
        assertEquals(5, e.retrieved().size());
        assertEquals(115, e.unprocessedKeys().size());
        Set<String> all = sortKeys(e.retrieved());
        all.addAll(sortKeys(e.unprocessedKeys()));
        assertEquals(sortKeys(keys(0, 120)), all);
    }
}
