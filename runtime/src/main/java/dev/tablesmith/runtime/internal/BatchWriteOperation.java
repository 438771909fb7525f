package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.BatchWrite;
import dev.tablesmith.runtime.InvalidValueException;
import dev.tablesmith.runtime.KeyAttributes;
import dev.tablesmith.runtime.RetryPolicy;
import dev.tablesmith.runtime.UnprocessedItemsException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem in chunks of 25 writes to distinct keys; unprocessed items are retried with
 * backoff up to the policy's limit, then reported with everything not yet written.
 */
public final class BatchWriteOperation {
    /** DynamoDB's limit of writes per BatchWriteItem. */
    public static final int CHUNK = 25;

    private BatchWriteOperation() {
    }

    /**
     * @param writes writes to check
     * @param table the table's key attributes
     * @throws InvalidValueException when two writes address one key
     */
    public static void checkDistinct(List<BatchWrite> writes, KeyAttributes table) {
        Set<Map<String, AttributeValue>> seen = new HashSet<>();
        for (BatchWrite write : writes) {
            Map<String, AttributeValue> key = table.keyOf(write.target());
            if (!seen.add(key)) {
                throw new InvalidValueException("key {" + table.describe(key)
                        + "} appears twice in one batch");
            }
        }
    }

    /**
     * @param table the table name
     * @param writes up to 25 writes
     * @return the request
     */
    public static BatchWriteItemRequest request(String table, List<WriteRequest> writes) {
        return BatchWriteItemRequest.builder().requestItems(Map.of(table, writes)).build();
    }

    /**
     * @param client the client
     * @param table the table name
     * @param writes writes to distinct keys
     * @param retry the retry policy
     * @throws UnprocessedItemsException when items stay unprocessed after every retry
     */
    public static void run(DynamoDbClient client, String table, List<BatchWrite> writes,
            RetryPolicy retry) {
        for (int start = 0; start < writes.size(); start += CHUNK) {
            int end = Math.min(writes.size(), start + CHUNK);
            List<WriteRequest> pending = new ArrayList<>();
            writes.subList(start, end)
                    .forEach(w -> pending.add(w.toWriteRequest()));
            List<WriteRequest> current = pending;
            for (int attempt = 1; !current.isEmpty(); attempt++) {
                if (attempt > 1) {
                    if (attempt > retry.maxAttempts()) {
                        List<BatchWrite> left = new ArrayList<>();
                        current.forEach(w -> left.add(BatchWrite.of(w)));
                        left.addAll(writes.subList(end, writes.size()));
                        throw new UnprocessedItemsException(left.size() + " writes still"
                                + " unprocessed after " + retry.maxAttempts() + " attempts",
                                List.of(), left, List.of());
                    }
                    BatchGetOperation.sleep(retry, attempt - 1);
                }
                BatchWriteItemResponse response = client.batchWriteItem(request(table, current));
                current = response.unprocessedItems().getOrDefault(table, List.of());
            }
        }
    }
}
