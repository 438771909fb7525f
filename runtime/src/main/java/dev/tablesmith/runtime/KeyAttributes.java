package dev.tablesmith.runtime;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key attribute names of a table or index.
 *
 * @param partitionKey the partition key attribute
 * @param sortKey the sort key attribute, or null when there is none
 */
public record KeyAttributes(String partitionKey, String sortKey) {

    /** Checks the partition key is named. */
    public KeyAttributes {
        Objects.requireNonNull(partitionKey, "partitionKey");
    }

    /**
     * @param partitionKey the partition key attribute
     * @param sortKey the sort key attribute
     * @return the key attributes
     */
    public static KeyAttributes of(String partitionKey, String sortKey) {
        return new KeyAttributes(partitionKey, sortKey);
    }

    /**
     * @param item an item or a key
     * @return just its key attributes
     * @throws InvalidValueException when a key attribute is missing
     */
    public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        AttributeValue partition = require(item, partitionKey);
        return sortKey == null ? Map.of(partitionKey, partition)
                : Map.of(partitionKey, partition, sortKey, require(item, sortKey));
    }

    private static AttributeValue require(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            throw new InvalidValueException("key attribute '" + name + "' is missing from "
                    + item.keySet());
        }
        return value;
    }

    /**
     * @param item an item or key
     * @return its key for people, such as {@code PK=ORDER#1, SK=METADATA}
     */
    public String describe(Map<String, AttributeValue> item) {
        return ItemReader.describe(item, partitionKey, sortKey);
    }
}
