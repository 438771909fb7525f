package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.TransactionFailedException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * TransactWriteItems: the request for prepared actions (each asking for the current item when
 * its condition fails), and the typed failure from a cancellation.
 */
public final class TransactWriteOperation {
    /** DynamoDB's limit of actions per transaction. */
    public static final int MAX_ACTIONS = 100;

    private static final ReturnValuesOnConditionCheckFailure ALL_OLD =
            ReturnValuesOnConditionCheckFailure.ALL_OLD;

    /** The kind of one action. */
    public enum Kind { PUT, UPDATE, DELETE, CHECK }

    /**
     * One action.
     *
     * @param kind what it does
     * @param write the prepared write
     */
    public record Action(Kind kind, PreparedWrite write) {
    }

    private TransactWriteOperation() {
    }

    /**
     * @param table the table name
     * @param actions 1 to 100 actions
     * @param token the client request token (idempotency for 10 minutes)
     * @return the request
     */
    public static TransactWriteItemsRequest request(String table, List<Action> actions,
            String token) {
        List<TransactWriteItem> items = new ArrayList<>(actions.size());
        for (Action action : actions) {
            items.add(item(table, action));
        }
        return TransactWriteItemsRequest.builder().transactItems(items).clientRequestToken(token)
                .build();
    }

    private static TransactWriteItem item(String table, Action action) {
        PreparedWrite w = action.write();
        ReturnValuesOnConditionCheckFailure old = w.conditionExpression() == null ? null : ALL_OLD;
        return switch (action.kind()) {
            case PUT -> TransactWriteItem.builder().put(Put.builder().tableName(table)
                    .item(w.item()).conditionExpression(w.conditionExpression())
                    .expressionAttributeNames(w.names()).expressionAttributeValues(w.values())
                    .returnValuesOnConditionCheckFailure(old).build()).build();
            case UPDATE -> TransactWriteItem.builder().update(
                    software.amazon.awssdk.services.dynamodb.model.Update.builder().tableName(table)
                    .key(w.key()).updateExpression(w.updateExpression())
                    .conditionExpression(w.conditionExpression())
                    .expressionAttributeNames(w.names()).expressionAttributeValues(w.values())
                    .returnValuesOnConditionCheckFailure(old).build()).build();
            case DELETE -> TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(w.key()).conditionExpression(w.conditionExpression())
                    .expressionAttributeNames(w.names()).expressionAttributeValues(w.values())
                    .returnValuesOnConditionCheckFailure(old).build()).build();
            case CHECK -> TransactWriteItem.builder().conditionCheck(ConditionCheck.builder()
                    .tableName(table).key(w.key()).conditionExpression(w.conditionExpression())
                    .expressionAttributeNames(w.names()).expressionAttributeValues(w.values())
                    .returnValuesOnConditionCheckFailure(ALL_OLD).build()).build();
        };
    }

    /**
     * @param actions the actions sent
     * @param e DynamoDB's cancellation
     * @return the failure naming each failed action
     */
    public static TransactionFailedException failure(List<Action> actions,
            TransactionCanceledException e) {
        List<TransactionFailedException.Failure> failures = new ArrayList<>();
        List<CancellationReason> reasons =
                e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        for (int i = 0; i < reasons.size(); i++) {
            CancellationReason reason = reasons.get(i);
            if (reason.code() == null || "None".equals(reason.code())) {
                continue;
            }
            String key = i < actions.size() ? actions.get(i).write().keyText() : "?";
            failures.add(new TransactionFailedException.Failure(i, key, reason.code(),
                    reason.message(),
                    reason.hasItem() && !reason.item().isEmpty() ? reason.item() : null));
        }
        return new TransactionFailedException(failures, e);
    }
}
