package dev.tablesmith.runtime.internal;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * PutItem, UpdateItem and DeleteItem requests from a {@link PreparedWrite}. Every conditional
 * write asks for {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}, so a failed condition
 * reports the current item without a second read.
 */
public final class SingleWriteOperation {
    private static final ReturnValuesOnConditionCheckFailure ALL_OLD =
            ReturnValuesOnConditionCheckFailure.ALL_OLD;

    private SingleWriteOperation() {
    }

    /**
     * @param table the table name
     * @param write the prepared put
     * @return the request
     */
    public static PutItemRequest put(String table, PreparedWrite write) {
        return PutItemRequest.builder().tableName(table).item(write.item())
                .conditionExpression(write.conditionExpression())
                .expressionAttributeNames(write.names())
                .expressionAttributeValues(write.values())
                .returnValuesOnConditionCheckFailure(onFailure(write))
                .build();
    }

    /**
     * @param table the table name
     * @param write the prepared update
     * @return the request, returning the whole new item
     */
    public static UpdateItemRequest update(String table, PreparedWrite write) {
        return UpdateItemRequest.builder().tableName(table).key(write.key())
                .updateExpression(write.updateExpression())
                .conditionExpression(write.conditionExpression())
                .expressionAttributeNames(write.names())
                .expressionAttributeValues(write.values())
                .returnValues(ReturnValue.ALL_NEW)
                .returnValuesOnConditionCheckFailure(onFailure(write))
                .build();
    }

    /**
     * @param response the update's response
     * @return the item after the update
     */
    public static Map<String, AttributeValue> updated(UpdateItemResponse response) {
        return response.attributes();
    }

    /**
     * @param table the table name
     * @param write the prepared delete
     * @return the request, returning the deleted item
     */
    public static DeleteItemRequest delete(String table, PreparedWrite write) {
        return DeleteItemRequest.builder().tableName(table).key(write.key())
                .conditionExpression(write.conditionExpression())
                .expressionAttributeNames(write.names())
                .expressionAttributeValues(write.values())
                .returnValues(ReturnValue.ALL_OLD)
                .returnValuesOnConditionCheckFailure(onFailure(write))
                .build();
    }

    /**
     * @param response the delete's response
     * @return the deleted item, or empty when there was none
     */
    public static Optional<Map<String, AttributeValue>> deleted(DeleteItemResponse response) {
        return response.hasAttributes() && !response.attributes().isEmpty()
                ? Optional.of(response.attributes()) : Optional.empty();
    }

    private static ReturnValuesOnConditionCheckFailure onFailure(PreparedWrite write) {
        return write.conditionExpression() == null ? null : ALL_OLD;
    }
}
