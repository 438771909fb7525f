package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.InvalidValueException;
import dev.tablesmith.runtime.KeyAttributes;
import dev.tablesmith.runtime.RetryPolicy;
import dev.tablesmith.runtime.TablesmithException;
import dev.tablesmith.runtime.UnprocessedItemsException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * BatchGetItem in chunks of 100 distinct keys; unprocessed keys are retried with backoff up to
 * the policy's limit, then reported with everything not yet read.
 */
public final class BatchGetOperation {
    /** DynamoDB's limit of keys per BatchGetItem. */
    public static final int CHUNK = 100;

    private BatchGetOperation() {
    }

    /**
     * @param keys keys to check
     * @param table the table's key attributes
     * @return the keys, reduced to their key attributes
     * @throws InvalidValueException when a key appears twice
     */
    public static List<Map<String, AttributeValue>> distinct(
            List<Map<String, AttributeValue>> keys, KeyAttributes table) {
        Set<Map<String, AttributeValue>> seen = new HashSet<>();
        List<Map<String, AttributeValue>> out = new ArrayList<>(keys.size());
        for (Map<String, AttributeValue> key : keys) {
            Map<String, AttributeValue> k = table.keyOf(key);
            if (!seen.add(k)) {
                throw new InvalidValueException("key {" + table.describe(k)
                        + "} appears twice in one batch");
            }
            out.add(k);
        }
        return out;
    }

    /**
     * @param table the table name
     * @param keys up to 100 keys
     * @param consistent strongly consistent reads
     * @return the request
     */
    public static BatchGetItemRequest request(String table, List<Map<String, AttributeValue>> keys,
            boolean consistent) {
        return BatchGetItemRequest.builder().requestItems(Map.of(table,
                KeysAndAttributes.builder().keys(keys).consistentRead(consistent).build())).build();
    }

    /**
     * @param client the client
     * @param table the table name
     * @param keys distinct keys
     * @param consistent strongly consistent reads
     * @param retry the retry policy
     * @return the items found, in no particular order
     * @throws UnprocessedItemsException when keys stay unprocessed after every retry
     */
    public static List<Map<String, AttributeValue>> run(DynamoDbClient client, String table,
            List<Map<String, AttributeValue>> keys, boolean consistent, RetryPolicy retry) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += CHUNK) {
            int end = Math.min(keys.size(), start + CHUNK);
            List<Map<String, AttributeValue>> pending = keys.subList(start, end);
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > 1) {
                    if (attempt > retry.maxAttempts()) {
                        List<Map<String, AttributeValue>> left = new ArrayList<>(pending);
                        left.addAll(keys.subList(end, keys.size()));
                        throw new UnprocessedItemsException(left.size() + " keys still"
                                + " unprocessed after " + retry.maxAttempts() + " attempts",
                                left, List.of(), found);
                    }
                    sleep(retry, attempt - 1);
                }
                BatchGetItemResponse response =
                        client.batchGetItem(request(table, pending, consistent));
                found.addAll(response.responses().getOrDefault(table, List.of()));
                KeysAndAttributes left = response.unprocessedKeys().get(table);
                pending = left == null ? List.of() : left.keys();
            }
        }
        return found;
    }

    static void sleep(RetryPolicy retry, int retryNumber) {
        try {
            retry.sleeper().sleep(retry.delay(retryNumber));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TablesmithException("interrupted while backing off a batch retry", e);
        }
    }
}
