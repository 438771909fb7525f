package dev.tablesmith.runtime.internal;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** GetItem: the request for a key, and the item (if any) from the response. */
public final class GetItemOperation {
    private GetItemOperation() {
    }

    /**
     * @param table the table name
     * @param key the item's key
     * @param consistent true for a strongly consistent read
     * @return the request
     */
    public static GetItemRequest request(String table, Map<String, AttributeValue> key,
            boolean consistent) {
        return GetItemRequest.builder().tableName(table).key(key).consistentRead(consistent)
                .build();
    }

    /**
     * @param response the response
     * @return the item, or empty when there is none
     */
    public static Optional<Map<String, AttributeValue>> response(GetItemResponse response) {
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item())
                : Optional.empty();
    }
}
