package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.FaultInjectingHttpClient;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Version-checked read-modify-write under contention, against DynamoDB Local. */
@ExtendWith(DynamoDbLocalExtension.class)
class ConcurrencyTest {
    private static final int THREADS = 16;
    private static final int INCREMENTS = 200;

    private FaultInjectingHttpClient http;
    private DynamoDbClient client;
    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb dynamo) {
        // pooled connections for 16 threads (the URL-connection client keeps only 5 alive)
        http = FaultInjectingHttpClient.wrap(Apache5HttpClient.builder().maxConnections(THREADS).build());
        client = dynamo.clientBuilder(http).build();
        table = TableOperations.builder(client, dynamo.createTable(), KeyAttributes.of("PK", "SK"))
                .build();
    }

    @AfterEach
    void close() {
        client.close();
        http.close();
    }

    private static <T> List<T> runTogether(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void versionCheckedIncrementsFromSixteenThreadsLoseNothing() throws Exception {
        Map<String, AttributeValue> key = TableOperationsTest.key("COUNTER", "1");
        table.put(PutSpec.create(ItemWriter.create().put("PK", AttributeValue.fromS("COUNTER"))
                .put("SK", AttributeValue.fromS("1")).put("n", AttributeCodecs.LONG, 0L).build())
                .lifecycle(OptimisticLockingTest.LIFE));
        AtomicInteger conflicts = new AtomicInteger();
        runTogether(THREADS, () -> {
            for (int i = 0; i < INCREMENTS; i++) {
                Map<String, AttributeValue> read = table.get(key, true).orElseThrow();
                while (true) {
                    ItemReader r = ItemReader.of(read);
                    long n = r.get("n", AttributeCodecs.LONG);
                    long version = r.get("version", AttributeCodecs.LONG);
                    try {
                        table.update(UpdateSpec.of(key, Update.builder().set("n",
                                AttributeCodecs.LONG, n + 1).build())
                                .lifecycle(OptimisticLockingTest.LIFE).expectVersion(version));
                        break;
                    } catch (VersionConflictException e) {
                        conflicts.incrementAndGet();
                        read = e.currentItem()
                                .orElseThrow(); // retry from the reported item, no re-read
                    }
                }
            }
            return null;
        });
        Map<String, AttributeValue> last = table.get(key, true).orElseThrow();
        assertEquals(String.valueOf(THREADS * INCREMENTS), last.get("n").n());
        assertEquals(String.valueOf(THREADS * INCREMENTS + 1), last.get("version").n());
        int retries = http.attempts("UpdateItem") - THREADS * INCREMENTS;
        assertEquals(conflicts.get(), retries,
                "every UpdateItem beyond the 3,200 that counted was a conflict");
        assertEquals(THREADS * INCREMENTS + 1, http.attempts("GetItem"),
                "conflicts retried without re-reading");
        assertTrue(conflicts.get() > 0, "16 threads on one item must conflict");
        System.out.printf("ConcurrencyTest: %d increments, %d conflicts,"
                + " %d retried UpdateItem requests%n",
                THREADS * INCREMENTS, conflicts.get(), retries);
    }

    @Test
    void concurrentCreatesOfOneKeyHaveExactlyOneWinner() throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<String> outcomes = runTogether(THREADS, () -> {
            String mine = "writer-" + next.incrementAndGet();
            try {
                table.create(TableOperationsTest.item("ONE", "1", mine));
                return "won:" + mine;
            } catch (ItemAlreadyExistsException e) {
                return "lost:" + e.currentItem().orElseThrow().get("status").s();
            }
        });
        List<String> winners = outcomes.stream().filter(o -> o.startsWith("won:")).toList();
        assertEquals(1, winners.size(), outcomes.toString());
        String winner = winners.get(0).substring(4);
        assertEquals(THREADS - 1, outcomes.stream().filter(("lost:" + winner)::equals).count(),
                "every loser sees the winner's item");
        assertEquals(winner, table.get(TableOperationsTest.key("ONE", "1"), true).orElseThrow()
                .get("status").s());
    }
}
