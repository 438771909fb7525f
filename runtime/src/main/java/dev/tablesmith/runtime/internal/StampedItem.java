package dev.tablesmith.runtime.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An immutable item made of another immutable item and the few attributes a write sets over it
 * (a put's version and timestamps), without copying the item: copying the 19 attributes of the
 * benchmarks' task into a new map was a third of planning its put (500 ns before, 327 after).
 * The SDK reads it through {@link #forEach} (its request builders copy by {@code forEach}) and
 * generated code through {@link #get}; only {@link #entrySet} builds the whole map, each time it
 * is asked.
 */
public final class StampedItem extends AbstractMap<String, AttributeValue> {
    private final Map<String, AttributeValue> base;
    private final String[] names;
    private final AttributeValue[] values;
    private final int count;
    private final int added;

    private StampedItem(Map<String, AttributeValue> base, String[] names, AttributeValue[] values,
            int count) {
        this.base = base;
        this.names = names;
        this.values = values;
        this.count = count;
        int notInBase = 0;
        for (int i = 0; i < count; i++) {
            if (!base.containsKey(names[i])) {
                notInBase++;
            }
        }
        this.added = notInBase;
    }

    /**
     * @param base an item nothing changes (a {@link FrozenItem} or an immutable map)
     * @param names the attributes set over it, distinct; the first {@code count} are used
     * @param values their values, in the same order
     * @param count how many are set
     * @return the item, or {@code base} itself when nothing is set
     */
    public static Map<String, AttributeValue> of(Map<String, AttributeValue> base,
            String[] names, AttributeValue[] values, int count) {
        return count == 0 ? base : new StampedItem(base, names, values, count);
    }

    private int indexOf(Object name) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public AttributeValue get(Object name) {
        int i = indexOf(name);
        return i >= 0 ? values[i] : base.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0 || base.containsKey(name);
    }

    @Override
    public int size() {
        return base.size() + added;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super AttributeValue> action) {
        base.forEach((name, value) -> {
            int i = indexOf(name);
            action.accept(name, i >= 0 ? values[i] : value);
        });
        for (int i = 0; i < count; i++) {
            if (!base.containsKey(names[i])) {
                action.accept(names[i], values[i]);
            }
        }
    }

    @Override
    public Set<Entry<String, AttributeValue>> entrySet() {
        Map<String, AttributeValue> whole = new HashMap<>(CollectionCodecs.capacity(size()));
        forEach(whole::put);
        return Collections.unmodifiableMap(whole).entrySet();
    }
}
