package dev.tablesmith.runtime;

import dev.tablesmith.runtime.internal.FrozenItem;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A put of a whole item: a plain put, a create ({@link #ifAbsent}, fails when the key exists),
 * or a replace checked against the version the caller read ({@link #expectVersion}).
 *
 * @param item the item to write, keys included
 * @param condition an extra condition, or null
 * @param ifAbsent true for a create ({@code attribute_not_exists} on the partition key)
 * @param expectedVersion the version the caller read, or null
 * @param lifecycle the entity's version and timestamp attributes
 */
public record PutSpec(Map<String, AttributeValue> item, Condition condition, boolean ifAbsent,
        Long expectedVersion, Lifecycle lifecycle) {

    /** Checks the parts. */
    public PutSpec {
        item = FrozenItem.copyOf(Objects.requireNonNull(item, "item"));
        Objects.requireNonNull(lifecycle, "lifecycle");
        if (ifAbsent && expectedVersion != null) {
            throw new IllegalArgumentException("a create cannot expect a version");
        }
        if (expectedVersion != null && lifecycle.versionAttribute() == null) {
            throw new IllegalArgumentException("expectVersion needs a lifecycle with a version");
        }
    }

    /** @param item the item @return a plain put */
    public static PutSpec of(Map<String, AttributeValue> item) {
        return new PutSpec(item, null, false, null, Lifecycle.none());
    }

    /** @param item the item @return a create: fails if an item with its key exists */
    public static PutSpec create(Map<String, AttributeValue> item) {
        return new PutSpec(item, null, true, null, Lifecycle.none());
    }

    /** @param extra a condition the current item must meet @return a copy with it */
    public PutSpec when(Condition extra) {
        return new PutSpec(item, extra, ifAbsent, expectedVersion, lifecycle);
    }

    /** @param version the version the caller read @return a copy checked against it */
    public PutSpec expectVersion(long version) {
        return new PutSpec(item, condition, ifAbsent, version, lifecycle);
    }

    /** @param value the entity's lifecycle attributes @return a copy maintaining them */
    public PutSpec lifecycle(Lifecycle value) {
        return new PutSpec(item, condition, ifAbsent, expectedVersion, value);
    }
}
