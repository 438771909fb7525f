package dev.tablesmith.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * An {@link ExecutionInterceptor} that makes DynamoDB Local leave batch work unprocessed, which
 * Local never does by itself. For the next {@code rounds} BatchWriteItem / BatchGetItem calls it
 * sends only the first write or key of the (single-table) request and reports the rest as
 * UnprocessedItems / UnprocessedKeys, so what is reported unprocessed really was not done.
 */
public final class UnprocessedInjector implements ExecutionInterceptor {
    private static final ExecutionAttribute<List<WriteRequest>> HELD_WRITES =
            new ExecutionAttribute<>("tablesmith.heldWrites");
    private static final ExecutionAttribute<List<Map<String, AttributeValue>>> HELD_KEYS =
            new ExecutionAttribute<>("tablesmith.heldKeys");

    private int rounds;
    private int injected;

    /** Creates an injector that injects nothing until {@link #withholdFor} is called. */
    public UnprocessedInjector() {
    }

    /**
     * @param count how many upcoming batch calls leave all but one entry unprocessed
     * @return this injector
     */
    public synchronized UnprocessedInjector withholdFor(int count) {
        this.rounds = count;
        return this;
    }

    /** @return how many calls were cut short so far */
    public synchronized int injected() {
        return injected;
    }

    private synchronized boolean take() {
        if (rounds == 0) {
            return false;
        }
        rounds--;
        injected++;
        return true;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (request instanceof BatchWriteItemRequest write && take()) {
            String table = write.requestItems().keySet().iterator().next();
            List<WriteRequest> all = write.requestItems().get(table);
            attributes.putAttribute(HELD_WRITES, new ArrayList<>(all.subList(1, all.size())));
            return write.toBuilder().requestItems(Map.of(table, all.subList(0, 1))).build();
        }
        if (request instanceof BatchGetItemRequest get && take()) {
            String table = get.requestItems().keySet().iterator().next();
            KeysAndAttributes all = get.requestItems().get(table);
            attributes.putAttribute(HELD_KEYS, new ArrayList<>(all.keys().subList(1, all.keys()
                    .size())));
            return get.toBuilder().requestItems(Map.of(table,
                    all.toBuilder().keys(all.keys().subList(0, 1)).build())).build();
        }
        return request;
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context,
            ExecutionAttributes attributes) {
        SdkResponse response = context.response();
        List<WriteRequest> writes = attributes.getAttribute(HELD_WRITES);
        if (response instanceof BatchWriteItemResponse write && writes != null
                && !writes.isEmpty()) {
            String table = ((BatchWriteItemRequest) context.request()).requestItems().keySet()
                    .iterator().next();
            return write.toBuilder().unprocessedItems(Map.of(table, writes)).build();
        }
        List<Map<String, AttributeValue>> keys = attributes.getAttribute(HELD_KEYS);
        if (response instanceof BatchGetItemResponse get && keys != null && !keys.isEmpty()) {
            String table = ((BatchGetItemRequest) context.request()).requestItems().keySet()
                    .iterator().next();
            return get.toBuilder().unprocessedKeys(Map.of(table,
                    KeysAndAttributes.builder().keys(keys).build())).build();
        }
        return response;
    }
}
