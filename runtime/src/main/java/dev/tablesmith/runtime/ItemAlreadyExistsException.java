package dev.tablesmith.runtime;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A create found an item with the same key; {@link #currentItem()} is that item. */
public class ItemAlreadyExistsException extends ConditionFailedException {
    private static final long serialVersionUID = 1L;

    /**
     * @param key the key, for people
     * @param currentItem the existing item
     * @param cause the SDK's exception
     */
    public ItemAlreadyExistsException(String key, Map<String, AttributeValue> currentItem,
            Throwable cause) {
        super("an item with key {" + key + "} already exists", currentItem, cause);
    }
}
