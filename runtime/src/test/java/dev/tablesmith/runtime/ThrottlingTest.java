package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.FaultInjectingHttpClient;
import dev.tablesmith.runtime.testing.FaultInjectingHttpClient.Fault;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** Throttling (which DynamoDB Local never does), injected at the HTTP client. */
@ExtendWith(DynamoDbLocalExtension.class)
class ThrottlingTest {
    private FaultInjectingHttpClient http;
    private DynamoDbClient client;
    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb dynamo) {
        http = FaultInjectingHttpClient.wrap(dynamo.httpClient());
        client = dynamo.clientBuilder(http).overrideConfiguration(o -> o.retryStrategy(
                b -> b.maxAttempts(4)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()))).build();
        table = TableOperations.builder(client, dynamo.createTable(), KeyAttributes.of("PK", "SK"))
                .build();
        table.put(PutSpec.of(TableOperationsTest.item("A", "1", "OK")));
    }

    @AfterEach
    void close() {
        client.close();
        http.close();
    }

    @Test
    void throttledReadsAreRetriedByTheSdkUntilTheySucceed() {
        http.failNext("GetItem", 3, Fault.throttle());
        assertEquals("OK", table.get(TableOperationsTest.key("A", "1"), true).orElseThrow()
                .get("status").s());
        assertEquals(4, http.attempts("GetItem"), "3 throttled attempts + 1 that succeeded");
    }

    @Test
    void throttlingBeyondTheRetryLimitSurfacesAfterExactlyMaxAttempts() {
        http.failNext("PutItem", 10, Fault.throttle());
        int before = http.attempts("PutItem");
        ProvisionedThroughputExceededException e = assertThrows(
                ProvisionedThroughputExceededException.class,
                () -> table.put(PutSpec.of(TableOperationsTest.item("A", "2", "X"))));
        assertEquals(before + 4, http.attempts("PutItem"));
        assertEquals(4, e.numAttempts());
    }
}
