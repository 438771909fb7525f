package dev.tablesmith.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A transaction was cancelled. Names each failed action by its index (in the order the actions
 * were added), its reason code ({@code ConditionalCheckFailed}, {@code TransactionConflict},
 * ...) and, for a failed condition, the item as it is now.
 */
public class TransactionFailedException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    /**
     * One failed action.
     *
     * @param index the action's position, from 0
     * @param key the action's key, for people
     * @param code DynamoDB's reason code
     * @param message DynamoDB's message, or null
     * @param currentItem the item as it is now (failed conditions), or null
     */
    public record Failure(int index, String key, String code, String message,
            Map<String, AttributeValue> currentItem) {
        /** @return the item as it is now, when DynamoDB returned it */
        public Optional<Map<String, AttributeValue>> current() {
            return Optional.ofNullable(currentItem);
        }

        @Override
        public String toString() {
            return "action " + index + " {" + key + "}: " + code
                    + (message == null ? "" : " (" + message + ")");
        }
    }

    private final transient List<Failure> failures;

    /**
     * @param failures the failed actions
     * @param cause the SDK's exception
     */
    public TransactionFailedException(List<Failure> failures, Throwable cause) {
        super("transaction cancelled: " + failures, cause);
        this.failures = List.copyOf(failures);
    }

    /** @return the failed actions, by index */
    public List<Failure> failures() {
        return failures;
    }
}
