package dev.tablesmith.runtime;

import dev.tablesmith.runtime.internal.PreparedWrite;
import dev.tablesmith.runtime.internal.TransactWriteOperation;
import dev.tablesmith.runtime.internal.TransactWriteOperation.Action;
import dev.tablesmith.runtime.internal.TransactWriteOperation.Kind;
import dev.tablesmith.runtime.internal.WritePlanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A write transaction on one table, built action by action ({@link TableOperations#transaction()})
 * and run by {@link #execute()}. At most 100 actions on distinct items; each action is checked
 * (sizes, limits, lifecycle) as it is added. The client request token is fixed when the
 * transaction is created, so the SDK's retries of a timed-out call are idempotent.
 */
public final class Transaction {
    private final TableOperations table;
    private final List<Action> actions = new ArrayList<>();
    private final Set<Map<String, AttributeValue>> keys = new HashSet<>();
    private String token = UUID.randomUUID().toString();

    Transaction(TableOperations table) {
        this.table = table;
    }

    /** @param spec a put or create @return this transaction */
    public Transaction put(PutSpec spec) {
        return add(Kind.PUT, WritePlanner.put(spec, table.keys(), table.now()));
    }

    /** @param spec an update @return this transaction */
    public Transaction update(UpdateSpec spec) {
        return add(Kind.UPDATE, WritePlanner.update(spec, table.keys(), table.now()));
    }

    /** @param spec a delete @return this transaction */
    public Transaction delete(DeleteSpec spec) {
        return add(Kind.DELETE, WritePlanner.delete(spec, table.keys()));
    }

    /**
     * @param key an item's key
     * @param condition what the item must meet for the transaction to commit
     * @return this transaction
     */
    public Transaction check(Map<String, AttributeValue> key, Condition condition) {
        return add(Kind.CHECK, WritePlanner.check(key, condition, table.keys()));
    }

    /**
     * @param value the client request token (1 to 36 characters), for idempotent retries
     * @return this transaction
     */
    public Transaction clientRequestToken(String value) {
        if (value == null || value.isEmpty() || value.length() > 36) {
            throw new InvalidValueException("a client request token has 1 to 36 characters");
        }
        this.token = value;
        return this;
    }

    /** @return the client request token */
    public String clientRequestToken() {
        return token;
    }

    /** @return how many actions were added */
    public int size() {
        return actions.size();
    }

    private Transaction add(Kind kind, PreparedWrite write) {
        if (actions.size() == TransactWriteOperation.MAX_ACTIONS) {
            throw new InvalidValueException("a transaction holds at most "
                    + TransactWriteOperation.MAX_ACTIONS + " actions");
        }
        if (!keys.add(write.key())) {
            throw new InvalidValueException("item {" + write.keyText()
                    + "} appears twice in one transaction");
        }
        actions.add(new Action(kind, write));
        return this;
    }

    /**
     * Runs the transaction.
     *
     * @throws TransactionFailedException when DynamoDB cancels it, naming each failed action
     */
    public void execute() {
        if (actions.isEmpty()) {
            throw new IllegalStateException("a transaction needs at least one action");
        }
        try {
            table.client().transactWriteItems(
                    TransactWriteOperation.request(table.tableName(), actions, token));
        } catch (TransactionCanceledException e) {
            throw TransactWriteOperation.failure(actions, e);
        }
    }
}
