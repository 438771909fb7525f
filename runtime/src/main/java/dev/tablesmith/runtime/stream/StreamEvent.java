package dev.tablesmith.runtime.stream;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One decoded stream record of one entity type: what happened, the item's key, the old and new
 * images (raw and decoded) and which attributes changed.
 *
 * @param <T> the entity type
 * @param type INSERT, MODIFY or REMOVE
 * @param entityType the entity-type value the record was routed by (or null when routed by a
 *     predicate on an image without one)
 * @param keys the item's key attributes
 * @param oldImage the item before the write (empty when the stream or event has none)
 * @param newImage the item after the write (empty when the stream or event has none)
 * @param oldValue the decoded old image, or null
 * @param newValue the decoded new image, or null
 * @param changedAttributes attributes added, removed or changed between the images (all of the
 *     new image for INSERT, all of the old image for REMOVE)
 * @param sequenceNumber the record's sequence number in its shard
 */
public record StreamEvent<T>(Type type, String entityType, Map<String, AttributeValue> keys,
        Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage, T oldValue,
        T newValue, Set<String> changedAttributes, String sequenceNumber) {

    /** What happened to the item. */
    public enum Type {
        /** A new item was written. */
        INSERT,
        /** An existing item was changed. */
        MODIFY,
        /** An item was deleted (or expired). */
        REMOVE
    }

    /** Copies the collections. */
    public StreamEvent {
        keys = Map.copyOf(keys);
        oldImage = Map.copyOf(oldImage);
        newImage = Map.copyOf(newImage);
        changedAttributes = Set.copyOf(changedAttributes);
    }

    /** @return the decoded item before the write, when the event has an old image */
    public Optional<T> before() {
        return Optional.ofNullable(oldValue);
    }

    /** @return the decoded item after the write, when the event has a new image */
    public Optional<T> after() {
        return Optional.ofNullable(newValue);
    }

    /**
     * @param attribute a stored attribute name
     * @return true when the write added, removed or changed it
     */
    public boolean changed(String attribute) {
        return changedAttributes.contains(attribute);
    }
}
