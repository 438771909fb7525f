package dev.tablesmith.runtime;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A conditional write was refused by DynamoDB. Carries the item as it is now (requests ask for
 * {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}), so no second read is needed.
 */
public class ConditionFailedException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, AttributeValue> currentItem;

    /**
     * @param message what failed, naming the key
     * @param currentItem the current item, or null when there is none
     * @param cause the SDK's exception
     */
    public ConditionFailedException(String message, Map<String, AttributeValue> currentItem,
            Throwable cause) {
        super(message, cause);
        this.currentItem = currentItem == null || currentItem.isEmpty() ? null
                : Map.copyOf(currentItem);
    }

    /** @return the item as it is now, or empty when it does not exist */
    public Optional<Map<String, AttributeValue>> currentItem() {
        return Optional.ofNullable(currentItem);
    }
}
