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
    /** The most a write sets: the version, the created and the updated time. */
    public static final int MAX_STAMPS = 3;

    private final Map<String, AttributeValue> base;
    private final String[] names;
    private final AttributeValue[] values;
    private final int count;
    // Bit i set: names[i] is not in the base, so the stamped item has it as well.
    private final int addedMask;

    private StampedItem(Stamps stamps) {
        this.base = stamps.base;
        this.names = stamps.names;
        this.values = stamps.values;
        this.count = stamps.count;
        int mask = 0;
        for (int i = 0; i < count; i++) {
            if (!base.containsKey(names[i])) {
                mask |= 1 << i;
            }
        }
        this.addedMask = mask;
    }

    /**
     * @param base an item nothing changes (a {@link FrozenItem} or an immutable map)
     * @return the attributes to set over it, none yet
     */
    public static Stamps over(Map<String, AttributeValue> base) {
        return new Stamps(base);
    }

    /** The attributes a write sets over an item: at most {@value #MAX_STAMPS}, each once. */
    public static final class Stamps {
        private final Map<String, AttributeValue> base;
        private final String[] names = new String[MAX_STAMPS];
        private final AttributeValue[] values = new AttributeValue[MAX_STAMPS];
        private int count;

        private Stamps(Map<String, AttributeValue> base) {
            this.base = base;
        }

        /**
         * @param name an attribute, or null for none (a lifecycle attribute the entity lacks)
         * @param value its value; a second set of the same name replaces the first
         * @return this
         */
        public Stamps set(String name, AttributeValue value) {
            if (name == null) {
                return this;
            }
            for (int i = 0; i < count; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return this;
                }
            }
            if (value != null && value.equals(base.get(name))) {
                // Already so (generated puts write the new version into the value): nothing to
                // stamp, and with no stamps the base itself is sent, not a view over it.
                return this;
            }
            names[count] = name;
            values[count++] = value;
            return this;
        }

        /** @return the stamped item, or the base itself when nothing is set */
        public Map<String, AttributeValue> item() {
            return count == 0 ? base : new StampedItem(this);
        }
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
        return base.size() + Integer.bitCount(addedMask);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super AttributeValue> action) {
        base.forEach((name, value) -> {
            int i = indexOf(name);
            action.accept(name, i >= 0 ? values[i] : value);
        });
        for (int i = 0; i < count; i++) {
            if ((addedMask & 1 << i) != 0) {
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
