package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.AttributeCodecs;
import dev.tablesmith.runtime.ConditionFailedException;
import dev.tablesmith.runtime.ItemAlreadyExistsException;
import dev.tablesmith.runtime.ItemReader;
import dev.tablesmith.runtime.KeyAttributes;
import dev.tablesmith.runtime.VersionConflictException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One write, ready to send (alone or in a transaction): the item or key, the expressions with
 * their placeholders, and what a failed condition means.
 *
 * @param item the whole item for a put, else null
 * @param key the item's key
 * @param keys the table's key attributes, to describe the key for people when a write fails
 * @param updateExpression the update expression, or null
 * @param conditionExpression the condition expression, or null
 * @param names expression attribute names, or null
 * @param values expression attribute values, or null
 * @param ifAbsent true for a create
 * @param versionAttribute the version attribute, or null
 * @param expectedVersion the version the caller read, or null
 */
public record PreparedWrite(Map<String, AttributeValue> item, Map<String, AttributeValue> key,
        KeyAttributes keys, String updateExpression, String conditionExpression,
        Map<String, String> names, Map<String, AttributeValue> values, boolean ifAbsent,
        String versionAttribute, Long expectedVersion) {

    /**
     * @return the key for people, such as {@code PK=ORDER#1, SK=METADATA}; made only when a
     *     message needs it
     */
    public String keyText() {
        return keys.describe(key);
    }

    /**
     * @param currentItem the item as it is now (from ALL_OLD), or null
     * @param cause the SDK's exception
     * @return the typed exception for this write's failed condition
     */
    public ConditionFailedException failure(Map<String, AttributeValue> currentItem,
            Throwable cause) {
        Map<String, AttributeValue> current = currentItem == null || currentItem.isEmpty()
                ? null : currentItem;
        if (ifAbsent && current != null) {
            return new ItemAlreadyExistsException(keyText(), current, cause);
        }
        if (expectedVersion != null) {
            Long actual = current == null ? null
                    : ItemReader.of(current).getOrNull(versionAttribute, AttributeCodecs.LONG);
            if (!expectedVersion.equals(actual)) {
                return new VersionConflictException(keyText(), expectedVersion, actual, current,
                        cause);
            }
        }
        return new ConditionFailedException("the condition on item {" + keyText() + "} failed"
                + (current == null ? " (the item does not exist)" : ""), current, cause);
    }
}
