package dev.tablesmith.runtime;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts one Java value to and from its DynamoDB {@link AttributeValue}. Implementations are
 * plain code (no reflection); {@link AttributeCodecs} has one for every model type.
 *
 * @param <T> the Java type
 */
public interface AttributeCodec<T> {

    /**
     * @param value a non-null value
     * @return the attribute value to store
     * @throws InvalidValueException when DynamoDB cannot store the value
     */
    AttributeValue encode(T value);

    /**
     * @param value a stored attribute value
     * @return the Java value
     * @throws ValueDecodeException when the stored value has the wrong type or shape
     */
    T decode(AttributeValue value);

    /**
     * @param value a value, possibly null
     * @return true when the attribute is left out of the item rather than stored (null, and for
     *     sets the empty set, which DynamoDB cannot store)
     */
    default boolean isAbsent(T value) {
        return value == null;
    }

    /** @return the value an absent attribute reads as: null, or an empty set for sets */
    default T whenAbsent() {
        return null;
    }
}
