package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.FaultInjectingHttpClient;
import dev.tablesmith.runtime.testing.FaultInjectingHttpClient.Fault;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbLocalExtension.class)
class TransactionTest {
    private FaultInjectingHttpClient http;
    private DynamoDbClient client;
    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb dynamo) {
        http = FaultInjectingHttpClient.wrap(dynamo.httpClient());
        client = dynamo.clientBuilder(http).overrideConfiguration(o -> o.retryStrategy(
                b -> b.maxAttempts(3)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()))).build();
        table = TableOperations.builder(client, dynamo.createTable(), KeyAttributes.of("PK", "SK"))
                .build();
        table.put(PutSpec.of(TableOperationsTest.item("B", "1", "OPEN")));
        table.put(PutSpec.of(TableOperationsTest.item("C", "1", "OPEN")));
        table.put(PutSpec.of(TableOperationsTest.item("D", "1", "OPEN")));
    }

    @AfterEach
    void close() {
        client.close();
        http.close();
    }

    private static Condition statusIs(String status) {
        return Condition.eq("status", AttributeValue.fromS(status));
    }

    private Transaction fourActions(String expectedStatusOfC) {
        return table.transaction()
                .put(PutSpec.create(TableOperationsTest.item("A", "1", "NEW")))
                .update(UpdateSpec.of(TableOperationsTest.key("B", "1"),
                        Update.builder().set("status", AttributeValue.fromS("CLOSED")).build())
                                .when(statusIs("OPEN")))
                .delete(DeleteSpec.of(TableOperationsTest.key("C", "1"))
                        .when(statusIs(expectedStatusOfC)))
                .check(TableOperationsTest.key("D", "1"), statusIs("OPEN"));
    }

    @Test
    void allActionsCommitTogether() {
        fourActions("OPEN").execute();
        assertEquals("NEW", table.get(TableOperationsTest.key("A", "1"), true).orElseThrow()
                .get("status").s());
        assertEquals("CLOSED", table.get(TableOperationsTest.key("B", "1"), true).orElseThrow()
                .get("status").s());
        assertEquals(Optional.empty(), table.get(TableOperationsTest.key("C", "1"), true));
    }

    @Test
    void failureNamesTheFailedActionItsReasonAndTheCurrentItem() {
        TransactionFailedException e = assertThrows(TransactionFailedException.class,
                () -> fourActions("PAID").execute());
        assertEquals(1, e.failures().size());
        TransactionFailedException.Failure failure = e.failures().get(0);
        assertEquals(2, failure.index());
        assertEquals("ConditionalCheckFailed", failure.code());
        assertEquals("PK=C, SK=1", failure.key());
        assertEquals("OPEN", failure.current().orElseThrow().get("status").s());
        assertTrue(e.getMessage()
                .startsWith("transaction cancelled: [action 2 {PK=C, SK=1}:"
                        + " ConditionalCheckFailed"),
                e.getMessage());
        assertEquals(Optional.empty(), table.get(TableOperationsTest.key("A", "1"), true),
                "nothing committed");
        assertEquals("OPEN", table.get(TableOperationsTest.key("B", "1"), true).orElseThrow()
                .get("status").s());
    }

    @Test
    void injectedTransactionConflictIsReportedByIndex() {
        http.failNext("TransactWriteItems", 1, Fault.transactionCanceled("None",
                "TransactionConflict", "None", "None"));
        TransactionFailedException e = assertThrows(TransactionFailedException.class,
                () -> fourActions("OPEN").execute());
        assertEquals(1, e.failures().size());
        assertEquals(1, e.failures().get(0).index());
        assertEquals("TransactionConflict", e.failures().get(0).code());
        assertEquals("PK=B, SK=1", e.failures().get(0).key());
        assertNull(e.failures().get(0).currentItem());
        assertEquals(1, http.attempts("TransactWriteItems"),
                "a cancellation is not retried by the SDK");
    }

    @Test
    void idempotentTransactionRetriedAfterATimeoutTakesEffectOnce() {
        Transaction tx = table.transaction()
                .put(PutSpec.create(TableOperationsTest.item("A", "1", "NEW")))
                .update(UpdateSpec.of(TableOperationsTest.key("B", "1"), Update.builder()
                        .add("count",
                        AttributeValue.fromN("1")).build()));
        http.failNext("TransactWriteItems", 1, Fault.timeoutAfterDelivery());
        tx.execute();
        assertEquals(2, http.attempts("TransactWriteItems"),
                "delivered, answer lost, retried once");
        assertEquals("1", table.get(TableOperationsTest.key("B", "1"), true).orElseThrow()
                .get("count").n(),
                "the retry with the same client request token did not apply the update again");
        assertEquals("NEW", table.get(TableOperationsTest.key("A", "1"), true).orElseThrow()
                .get("status").s());
    }

    @Test
    void aHundredActionsAreSentAndTheHundredAndFirstIsRefused() {
        Transaction tx = table.transaction();
        for (int i = 0; i < 100; i++) {
            tx.put(PutSpec.of(TableOperationsTest.item("T", "S" + i, "x")));
        }
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> tx.put(PutSpec.of(TableOperationsTest.item("T", "S100", "x"))));
        assertEquals("a transaction holds at most 100 actions", e.getMessage());
        tx.execute();
        int stored = 0;
        for (var item : table.queryAll(QuerySpec.table("all", table.keys(), "T"))) {
            stored += item.get("SK").s().startsWith("S") ? 1 : 0;
        }
        assertEquals(100, stored);
    }

    @Test
    void theSameItemTwiceIsRefusedBeforeSending() {
        Transaction tx = table.transaction().check(TableOperationsTest.key("B", "1"),
                statusIs("OPEN"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> tx.delete(
                DeleteSpec.of(TableOperationsTest.key("B", "1"))));
        assertEquals("item {PK=B, SK=1} appears twice in one transaction", e.getMessage());
        assertFalse(tx.clientRequestToken().isEmpty());
        assertEquals(0, http.attempts("TransactWriteItems"));
    }
}
