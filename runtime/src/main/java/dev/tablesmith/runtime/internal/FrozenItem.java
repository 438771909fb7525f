package dev.tablesmith.runtime.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item that nothing changes once it is made: {@code ItemWriter.build()} hands one out (the
 * writer copies before any later put), so a spec that must hold an immutable item keeps it as it
 * is. Copying a 20-attribute item with {@link Map#copyOf} costs about half a microsecond, as much
 * as encoding half of it.
 */
public final class FrozenItem extends AbstractMap<String, AttributeValue> {
    private final Map<String, AttributeValue> attributes;

    /**
     * @param attributes a map no one will change (without nulls); this item owns it now
     */
    public FrozenItem(Map<String, AttributeValue> attributes) {
        this.attributes = attributes;
    }

    /**
     * @param item any item
     * @return the item itself when it is frozen, else an immutable copy
     */
    public static Map<String, AttributeValue> copyOf(Map<String, AttributeValue> item) {
        return item instanceof FrozenItem ? item : Map.copyOf(item);
    }

    @Override
    public AttributeValue get(Object name) {
        return attributes.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return attributes.containsKey(name);
    }

    @Override
    public int size() {
        return attributes.size();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super AttributeValue> action) {
        attributes.forEach(action);
    }

    @Override
    public Set<Entry<String, AttributeValue>> entrySet() {
        return Collections.unmodifiableMap(attributes).entrySet();
    }
}
