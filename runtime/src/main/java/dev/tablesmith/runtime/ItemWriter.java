package dev.tablesmith.runtime;

import dev.tablesmith.runtime.internal.CollectionCodecs;
import dev.tablesmith.runtime.internal.FrozenItem;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds an item, attribute by attribute. Absent values (null, an empty set) are left out, never
 * sent as empty strings or empty sets. The item is a hash map, as DynamoDB keeps no attribute
 * order either: keeping the written order (a linked map) cost a generated codec about a tenth
 * of its time.
 */
public final class ItemWriter {
    private Map<String, AttributeValue> item;
    // Set by build(): the item was handed out, so a further put copies it first.
    private boolean built;

    private ItemWriter(int capacity) {
        this.item = new HashMap<>(capacity);
    }

    /** @return an empty writer */
    public static ItemWriter create() {
        return new ItemWriter(16);
    }

    /**
     * @param attributes how many attributes the item will have at most (generated codecs know)
     * @return an empty writer sized for them, so the item never grows its table
     */
    public static ItemWriter create(int attributes) {
        return new ItemWriter(CollectionCodecs.capacity(attributes));
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
            writable().put(attribute, codec.encode(value));
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
            writable().put(attribute, value);
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
            writable().put(attribute, AttributeValue.createS(renderedKey));
        }
        return this;
    }

    /**
     * Puts a value already rendered for a key as a string (S) attribute: an ISO instant or a
     * date is then formatted once for both. Only for values whose key text is exactly their
     * stored form, as it is for instants in the ISO formats and dates.
     *
     * @param attribute the stored attribute name
     * @param value the key value, or null to leave the attribute out
     * @return this writer
     */
    public ItemWriter putText(String attribute, KeyValue value) {
        if (value != null) {
            writable().put(attribute, AttributeValue.createS(value.text()));
        }
        return this;
    }

    /**
     * @return the item (unmodifiable); later puts on this writer do not change it
     */
    public Map<String, AttributeValue> build() {
        built = true;
        return new FrozenItem(item);
    }

    private Map<String, AttributeValue> writable() {
        if (built) {
            item = new HashMap<>(item);
            built = false;
        }
        return item;
    }
}
