package dev.tablesmith.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds an item, attribute by attribute, in written order. Absent values (null, an empty set)
 * are left out, never sent as empty strings or empty sets.
 */
public final class ItemWriter {
    private final Map<String, AttributeValue> item = new LinkedHashMap<>();

    private ItemWriter() {
    }

    /** @return an empty writer */
    public static ItemWriter create() {
        return new ItemWriter();
    }

    /**
     * @param <T> the Java type
     * @param attribute the stored attribute name
     * @param codec its codec
     * @param value the value; absent values are left out
     * @return this writer
     */
    public <T> ItemWriter put(String attribute, AttributeCodec<T> codec, T value) {
        if (!codec.isAbsent(value)) {
            item.put(attribute, codec.encode(value));
        }
        return this;
    }

    /**
     * @param attribute the stored attribute name
     * @param value the value, or null to leave it out
     * @return this writer
     */
    public ItemWriter put(String attribute, AttributeValue value) {
        if (value != null) {
            item.put(attribute, value);
        }
        return this;
    }

    /**
     * @param attribute a key attribute name
     * @param renderedKey a rendered key, or null for an item absent from a sparse index
     * @return this writer
     */
    public ItemWriter putKey(String attribute, String renderedKey) {
        if (renderedKey != null) {
            item.put(attribute, AttributeValue.createS(renderedKey));
        }
        return this;
    }

    /** @return the item (unmodifiable) */
    public Map<String, AttributeValue> build() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(item));
    }
}
