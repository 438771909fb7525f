package dev.tablesmith.runtime;

import dev.tablesmith.runtime.internal.FrozenItem;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One put or delete in a batch write.
 *
 * @param put the item to put, or null
 * @param deleteKey the key to delete, or null
 */
public record BatchWrite(Map<String, AttributeValue> put, Map<String, AttributeValue> deleteKey) {

    /** Checks exactly one part is given. */
    public BatchWrite {
        if ((put == null) == (deleteKey == null)) {
            throw new IllegalArgumentException("a batch write is a put or a delete");
        }
        put = put == null ? null : FrozenItem.copyOf(put);
        deleteKey = deleteKey == null ? null : Map.copyOf(deleteKey);
    }

    /** @param item the item @return a put (size checked) */
    public static BatchWrite put(Map<String, AttributeValue> item) {
        return new BatchWrite(ItemSize.check(Objects.requireNonNull(item)), null);
    }

    /** @param key the key @return a delete */
    public static BatchWrite delete(Map<String, AttributeValue> key) {
        return new BatchWrite(null, Objects.requireNonNull(key));
    }

    /** @return the item or key this write addresses */
    public Map<String, AttributeValue> target() {
        return put != null ? put : deleteKey;
    }

    /** @return the SDK's form */
    public WriteRequest toWriteRequest() {
        if (put != null) {
            return WriteRequest.builder()
                    .putRequest(PutRequest.builder().item(put).build()).build();
        }
        return WriteRequest.builder()
                .deleteRequest(DeleteRequest.builder().key(deleteKey).build()).build();
    }

    /**
     * @param request the SDK's form
     * @return ours
     */
    public static BatchWrite of(WriteRequest request) {
        return request.putRequest() != null ? new BatchWrite(request.putRequest().item(), null)
                : new BatchWrite(null, request.deleteRequest().key());
    }
}
