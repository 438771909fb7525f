package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.AttributeCodecs;
import dev.tablesmith.runtime.Condition;
import dev.tablesmith.runtime.DeleteSpec;
import dev.tablesmith.runtime.ItemSize;
import dev.tablesmith.runtime.KeyAttributes;
import dev.tablesmith.runtime.Lifecycle;
import dev.tablesmith.runtime.Placeholders;
import dev.tablesmith.runtime.PutSpec;
import dev.tablesmith.runtime.Update;
import dev.tablesmith.runtime.UpdateSpec;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns put, update and delete specs into {@link PreparedWrite}s: applies the lifecycle (version
 * 1 on create, +1 on every put and update, checked against the expected version; created and
 * updated timestamps from the clock), checks the item size and the expression limits.
 */
public final class WritePlanner {
    private WritePlanner() {
    }

    /**
     * @param spec the put
     * @param keys the table's key attributes
     * @param now the clock's time
     * @return the prepared put
     */
    public static PreparedWrite put(PutSpec spec, KeyAttributes keys, Instant now) {
        Lifecycle life = spec.lifecycle();
        Map<String, AttributeValue> base = spec.item();
        Map<String, AttributeValue> key = keys.keyOf(base);
        // What the lifecycle sets over the item, which is not copied.
        StampedItem.Stamps stamps = StampedItem.over(base);
        // Formatted only when the lifecycle stamps a time.
        AttributeValue time = life.createdAttribute() == null && life.updatedAttribute() == null
                ? null : timestamp(life, now);
        if (spec.ifAbsent()) {
            stamps.set(life.versionAttribute(), AttributeValue.createN("1"))
                    .set(life.createdAttribute(), time);
        } else if (life.versionAttribute() != null) {
            if (spec.expectedVersion() == null) {
                throw new IllegalArgumentException("a put of a versioned item must create it or"
                        + " name the version it replaces (expectVersion)");
            }
            stamps.set(life.versionAttribute(), number(spec.expectedVersion() + 1));
        }
        Map<String, AttributeValue> item = stamps.set(life.updatedAttribute(), time).item();
        ItemSize.check(item);
        if (spec.condition() == null) {
            return lifecycleOnly(spec, item, key, keys);
        }
        // The caller's condition, after the lifecycle's own (as lifecycleOnly writes that alone).
        Condition condition = spec.ifAbsent()
                ? Condition.notExists(keys.partitionKey()).and(spec.condition())
                : life.versionAttribute() != null
                        ? versionIs(life, spec.expectedVersion()).and(spec.condition())
                        : spec.condition();
        Placeholders p = new Placeholders();
        return new PreparedWrite(item, key, keys, null,
                conditionText(condition, p), p.names(), p.values(), spec.ifAbsent(),
                life.versionAttribute(), spec.expectedVersion());
    }

    // The puts most code makes (a create, a version-checked replace, a plain put) carry no
    // condition of the caller's, so their expressions are always the same text: written here
    // as constants, without rendering or a placeholder allocator, exactly as rendering the
    // condition writes them (RequestBuildersTest compares the two).
    private static PreparedWrite lifecycleOnly(PutSpec spec, Map<String, AttributeValue> item,
            Map<String, AttributeValue> key, KeyAttributes keys) {
        String version = spec.lifecycle().versionAttribute();
        if (spec.ifAbsent()) {
            return new PreparedWrite(item, key, keys, null, "attribute_not_exists(#n0)",
                    Map.of("#n0", keys.partitionKey()), null, true, version, null);
        }
        if (version == null) {
            return new PreparedWrite(item, key, keys, null, null, null, null, false, null,
                    spec.expectedVersion());
        }
        return new PreparedWrite(item, key, keys, null, "#n0 = :v0", Map.of("#n0", version),
                Map.of(":v0", number(spec.expectedVersion())), false, version,
                spec.expectedVersion());
    }

    /**
     * @param spec the update
     * @param keys the table's key attributes
     * @param now the clock's time
     * @return the prepared update
     */
    public static PreparedWrite update(UpdateSpec spec, KeyAttributes keys, Instant now) {
        Lifecycle life = spec.lifecycle();
        Map<String, AttributeValue> key = keys.keyOf(spec.key());
        Update.Builder update = spec.update().toBuilder();
        Condition condition = spec.condition();
        if (spec.requireExists()) {
            condition = Condition.exists(keys.partitionKey()).and(condition);
        }
        if (spec.expectedVersion() != null) {
            condition = versionIs(life, spec.expectedVersion()).and(condition);
        }
        maintain(update, life, spec.expectedVersion(), now);
        Update built = update.build();
        if (built.isEmpty()) {
            throw new IllegalArgumentException("an update needs at least one action");
        }
        Placeholders p = new Placeholders();
        String updateText = ExpressionLimits.check("UpdateExpression", built.render(p),
                built.operatorCount());
        return new PreparedWrite(null, key, keys, updateText,
                conditionText(condition, p), p.names(), p.values(), false,
                life.versionAttribute(), spec.expectedVersion());
    }

    /**
     * @param spec the delete
     * @param keys the table's key attributes
     * @return the prepared delete
     */
    public static PreparedWrite delete(DeleteSpec spec, KeyAttributes keys) {
        Lifecycle life = spec.lifecycle();
        Map<String, AttributeValue> key = keys.keyOf(spec.key());
        Condition condition = spec.condition();
        if (spec.expectedVersion() != null) {
            condition = versionIs(life, spec.expectedVersion()).and(condition);
        }
        Placeholders p = new Placeholders();
        return new PreparedWrite(null, key, keys, null, conditionText(condition, p),
                p.names(), p.values(), false, life.versionAttribute(), spec.expectedVersion());
    }

    /**
     * @param key the item's key
     * @param condition what it must meet
     * @param keys the table's key attributes
     * @return a prepared condition check (transactions only)
     */
    public static PreparedWrite check(Map<String, AttributeValue> key, Condition condition,
            KeyAttributes keys) {
        Placeholders p = new Placeholders();
        Map<String, AttributeValue> k = keys.keyOf(key);
        return new PreparedWrite(null, k, keys, null, conditionText(condition, p),
                p.names(), p.values(), false, null, null);
    }

    /** Version +1 (checked or not), created once, updated always. */
    private static void maintain(Update.Builder update, Lifecycle life, Long expected,
            Instant now) {
        if (expected != null) {
            update.set(life.versionAttribute(), number(expected + 1));
        } else if (life.versionAttribute() != null) {
            update.increment(life.versionAttribute(), 1);
        }
        AttributeValue time = timestamp(life, now);
        if (life.createdAttribute() != null) {
            update.setIfNotExists(life.createdAttribute(), time);
        }
        if (life.updatedAttribute() != null) {
            update.set(life.updatedAttribute(), time);
        }
    }

    private static Condition versionIs(Lifecycle life, long expected) {
        return Condition.eq(life.versionAttribute(), number(expected));
    }

    private static String conditionText(Condition condition, Placeholders p) {
        return condition == null ? null : ExpressionLimits.check("ConditionExpression",
                condition.render(p), condition.operatorCount());
    }

    private static AttributeValue timestamp(Lifecycle life, Instant now) {
        return AttributeCodecs.instant(life.timestampFormat()).encode(now);
    }

    private static AttributeValue number(long value) {
        return AttributeValue.createN(Long.toString(value));
    }
}
