package dev.tablesmith.runtime;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An update of one item by key.
 *
 * @param key the item's key
 * @param update the actions
 * @param condition an extra condition, or null
 * @param requireExists true to fail instead of creating the item ({@code attribute_exists})
 * @param expectedVersion the version the caller read, or null
 * @param lifecycle the entity's version and timestamp attributes
 */
public record UpdateSpec(Map<String, AttributeValue> key, Update update, Condition condition,
        boolean requireExists, Long expectedVersion, Lifecycle lifecycle) {

    /** Checks the parts. */
    public UpdateSpec {
        key = Map.copyOf(Objects.requireNonNull(key, "key"));
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(lifecycle, "lifecycle");
        if (expectedVersion != null && lifecycle.versionAttribute() == null) {
            throw new IllegalArgumentException("expectVersion needs a lifecycle with a version");
        }
    }

    /** @param key the key @param update the actions @return an update (an upsert) */
    public static UpdateSpec of(Map<String, AttributeValue> key, Update update) {
        return new UpdateSpec(key, update, null, false, null, Lifecycle.none());
    }

    /** @param extra a condition the current item must meet @return a copy with it */
    public UpdateSpec when(Condition extra) {
        return new UpdateSpec(key, update, extra, requireExists, expectedVersion, lifecycle);
    }

    /** @return a copy that fails when the item does not exist */
    public UpdateSpec ifExists() {
        return new UpdateSpec(key, update, condition, true, expectedVersion, lifecycle);
    }

    /** @param version the version the caller read @return a copy checked against it */
    public UpdateSpec expectVersion(long version) {
        return new UpdateSpec(key, update, condition, requireExists, version, lifecycle);
    }

    /** @param value the entity's lifecycle attributes @return a copy maintaining them */
    public UpdateSpec lifecycle(Lifecycle value) {
        return new UpdateSpec(key, update, condition, requireExists, expectedVersion, value);
    }
}
