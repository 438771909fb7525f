package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.AttributeCodec;
import dev.tablesmith.runtime.InvalidValueException;
import dev.tablesmith.runtime.ValueDecodeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The list (L), map (M) and set (SS, NS, BS) codecs behind {@code AttributeCodecs}. */
public final class CollectionCodecs {
    private CollectionCodecs() {
    }

    /**
     * @param <T> element type
     * @param element the element codec
     * @return a codec for {@code List<T>} stored as L (empty lists allowed)
     */
    public static <T> AttributeCodec<List<T>> list(AttributeCodec<T> element) {
        return new ListCodec<>(element);
    }

    /**
     * @param <T> value type
     * @param element the value codec
     * @return a codec for {@code Map<String, T>} stored as M (empty maps allowed)
     */
    public static <T> AttributeCodec<Map<String, T>> map(AttributeCodec<T> element) {
        return new MapCodec<>(element);
    }

    /**
     * @param <T> element type
     * @param type SS, NS or BS
     * @param encode element to its set member (text for SS/NS, bytes for BS)
     * @param build the set attribute from members
     * @param members the members of a stored set
     * @param decode a member to its element
     * @param <M> member type
     * @return a set codec: an empty set is absent at the top of an item and refused inside one
     */
    public static <T, M> AttributeCodec<Set<T>> set(AttributeValue.Type type,
            Function<T, M> encode, Function<List<M>, AttributeValue> build,
            Function<AttributeValue, List<M>> members, Function<M, T> decode) {
        return new SetCodec<T, M>(type) {
            @Override
            protected M member(T element) {
                return encode.apply(element);
            }

            @Override
            protected T element(M member) {
                return decode.apply(member);
            }

            @Override
            protected AttributeValue build(List<M> stored) {
                return build.apply(stored);
            }

            @Override
            protected List<M> members(AttributeValue value) {
                return members.apply(value);
            }
        };
    }

    // The codecs are records because the JIT trusts a record's final fields as constants: where
    // generated code names a codec constant, the element codec folds to a constant too and
    // inlines, however many element types an application uses.

    private record ListCodec<T>(AttributeCodec<T> element) implements AttributeCodec<List<T>> {
        @Override
        public AttributeValue encode(List<T> value) {
            List<AttributeValue> out = new ArrayList<>(value.size());
            for (T item : value) {
                out.add(element.encode(nonNull(item, "list element")));
            }
            return AttributeValue.createL(out);
        }

        @Override
        public List<T> decode(AttributeValue value) {
            expect(value, AttributeValue.Type.L);
            List<AttributeValue> stored = value.l();
            Object[] out = new Object[stored.size()];
            int i = 0;
            for (AttributeValue item : stored) {
                out[i++] = element.decode(item);
            }
            // Read-only without a second copy: a value class keeps it as it is
            // (AttributeCodecs.immutableList).
            return new FrozenList<>(out);
        }
    }

    private record MapCodec<T>(AttributeCodec<T> element)
            implements AttributeCodec<Map<String, T>> {
        @Override
        public AttributeValue encode(Map<String, T> value) {
            // DynamoDB keeps no order in a map, so neither do we: a HashMap is the cheaper build.
            Map<String, AttributeValue> out = new HashMap<>(capacity(value.size()));
            for (Map.Entry<String, T> entry : value.entrySet()) {
                out.put(nonNull(entry.getKey(), "map key"),
                        element.encode(nonNull(entry.getValue(), "map value")));
            }
            return AttributeValue.createM(out);
        }

        @Override
        public Map<String, T> decode(AttributeValue value) {
            expect(value, AttributeValue.Type.M);
            Map<String, AttributeValue> stored = value.m();
            Map<String, T> out = new HashMap<>(capacity(stored.size()));
            for (Map.Entry<String, AttributeValue> entry : stored.entrySet()) {
                out.put(entry.getKey(), element.decode(entry.getValue()));
            }
            return Collections.unmodifiableMap(out);
        }
    }

    /**
     * @param size the number of entries a map will hold
     * @return a HashMap capacity that holds them without resizing
     */
    public static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }

    /**
     * @param value a stored value
     * @param type the type it must have
     * @throws ValueDecodeException when it has another
     */
    public static void expect(AttributeValue value, AttributeValue.Type type) {
        if (value.type() != type) {
            throw new ValueDecodeException("expected " + type + " but found " + value.type());
        }
    }

    /**
     * @param <T> the value's type
     * @param value a list element, a map key or a map value
     * @param what which of them, for the error
     * @return {@code value}
     * @throws InvalidValueException when it is null
     */
    public static <T> T nonNull(T value, String what) {
        if (value == null) {
            throw new InvalidValueException("a " + what + " is null");
        }
        return value;
    }
}
