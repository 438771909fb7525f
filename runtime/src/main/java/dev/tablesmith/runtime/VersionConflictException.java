package dev.tablesmith.runtime;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A write expected the version the caller read, but the stored item has another (or is gone):
 * someone else wrote in between. {@link #currentItem()} is the item as it is now, so the caller
 * can retry from it without a second read.
 */
public class VersionConflictException extends ConditionFailedException {
    private static final long serialVersionUID = 1L;

    private final long expectedVersion;
    private final Long actualVersion;

    /**
     * @param key the key, for people
     * @param expectedVersion the version the caller read
     * @param actualVersion the stored version, or null when the item is gone
     * @param currentItem the current item, or null
     * @param cause the SDK's exception
     */
    public VersionConflictException(String key, long expectedVersion, Long actualVersion,
            Map<String, AttributeValue> currentItem, Throwable cause) {
        super("item {" + key + "} was expected at version " + expectedVersion + " but "
                + (actualVersion == null ? "does not exist" : "is at version " + actualVersion),
                currentItem, cause);
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** @return the version the caller read */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** @return the stored version, or null when the item does not exist */
    public Long actualVersion() {
        return actualVersion;
    }
}
