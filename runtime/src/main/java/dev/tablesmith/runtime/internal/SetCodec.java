package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.AttributeCodec;
import dev.tablesmith.runtime.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A set codec (SS, NS or BS): an empty set is absent at the top of an item and refused inside
 * one; a stored set decodes as {@link Set#copyOf} makes it, which the value classes keep as it
 * is. Each set type is a small subclass, not a set of lambdas: the runtime's four are made when
 * a value class first names a codec, and spinning lambda classes costs a fresh JVM time.
 *
 * @param <T> element type
 * @param <M> member type: {@code String} for SS and NS, {@code SdkBytes} for BS
 */
public abstract class SetCodec<T, M> implements AttributeCodec<Set<T>> {
    private final AttributeValue.Type type;

    /** @param type SS, NS or BS */
    protected SetCodec(AttributeValue.Type type) {
        this.type = type;
    }

    /** @param element a set element @return its stored member */
    protected abstract M member(T element);

    /** @param member a stored member @return its element */
    protected abstract T element(M member);

    /** @param members the members @return the set attribute */
    protected abstract AttributeValue build(List<M> members);

    /** @param value a stored set of this type @return its members */
    protected abstract List<M> members(AttributeValue value);

    @Override
    public AttributeValue encode(Set<T> value) {
        if (value.isEmpty()) {
            throw new InvalidValueException("an empty set cannot be stored in DynamoDB;"
                    + " leave the attribute out instead");
        }
        List<M> out = new ArrayList<>(value.size());
        for (T item : value) {
            if (item == null) {
                throw new InvalidValueException("a set element is null");
            }
            out.add(member(item));
        }
        return build(out);
    }

    @Override
    public Set<T> decode(AttributeValue value) {
        CollectionCodecs.expect(value, type);
        List<M> stored = members(value);
        List<T> out = new ArrayList<>(stored.size());
        for (M member : stored) {
            out.add(element(member));
        }
        return Set.copyOf(out);
    }

    @Override
    public boolean isAbsent(Set<T> value) {
        return value == null || value.isEmpty();
    }

    @Override
    public Set<T> whenAbsent() {
        return Set.of();
    }
}
