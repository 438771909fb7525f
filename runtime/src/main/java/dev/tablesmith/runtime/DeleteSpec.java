package dev.tablesmith.runtime;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A delete of one item by key, optionally conditional or checked against a version.
 *
 * @param key the item's key
 * @param condition a condition the current item must meet, or null
 * @param expectedVersion the version the caller read, or null
 * @param lifecycle the entity's lifecycle attributes (for the version's name)
 */
public record DeleteSpec(Map<String, AttributeValue> key, Condition condition,
        Long expectedVersion, Lifecycle lifecycle) {

    /** Checks the parts. */
    public DeleteSpec {
        key = Map.copyOf(Objects.requireNonNull(key, "key"));
        Objects.requireNonNull(lifecycle, "lifecycle");
        if (expectedVersion != null && lifecycle.versionAttribute() == null) {
            throw new IllegalArgumentException("expectVersion needs a lifecycle with a version");
        }
    }

    /** @param key the key @return an unconditional delete */
    public static DeleteSpec of(Map<String, AttributeValue> key) {
        return new DeleteSpec(key, null, null, Lifecycle.none());
    }

    /** @param extra a condition the current item must meet @return a copy with it */
    public DeleteSpec when(Condition extra) {
        return new DeleteSpec(key, extra, expectedVersion, lifecycle);
    }

    /** @param version the version the caller read @return a copy checked against it */
    public DeleteSpec expectVersion(long version) {
        return new DeleteSpec(key, condition, version, lifecycle);
    }

    /** @param value the entity's lifecycle attributes @return a copy using them */
    public DeleteSpec lifecycle(Lifecycle value) {
        return new DeleteSpec(key, condition, expectedVersion, value);
    }
}
