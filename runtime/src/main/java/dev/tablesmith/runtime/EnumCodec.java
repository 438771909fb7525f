package dev.tablesmith.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores an enum as its model's stored value (S). Built from the enum's constants and a function
 * giving each one's stored value, so no reflection is needed; an unknown stored value is a typed
 * error ({@link UnknownEnumValueException} once {@link ItemReader} adds the item's key).
 *
 * @param <E> the enum type
 */
public final class EnumCodec<E extends Enum<E>> implements AttributeCodec<E> {
    private final String enumName;
    private final Map<String, E> byStored;
    private final Function<E, String> stored;
    // Stored values by ordinal: encoding is an array read, not a call through the function
    // (which, shared by every enum codec, the JIT could not inline).
    private final String[] storedByOrdinal;

    private EnumCodec(String enumName, Map<String, E> byStored, Function<E, String> stored,
            String[] storedByOrdinal) {
        this.enumName = enumName;
        this.byStored = byStored;
        this.stored = stored;
        this.storedByOrdinal = storedByOrdinal;
    }

    /**
     * @param <E> the enum type
     * @param enumName the enum's name, for error messages
     * @param constants the enum's {@code values()}
     * @param storedValue each constant's stored value (distinct)
     * @return the codec
     */
    public static <E extends Enum<E>> EnumCodec<E> of(String enumName, E[] constants,
            Function<E, String> storedValue) {
        Map<String, E> byStored = new HashMap<>();
        int ordinals = 0;
        for (E constant : constants) {
            if (byStored.put(storedValue.apply(constant), constant) != null) {
                throw new IllegalArgumentException("two constants store '"
                        + storedValue.apply(constant) + "'");
            }
            ordinals = Math.max(ordinals, constant.ordinal() + 1);
        }
        String[] byOrdinal = new String[ordinals];
        for (E constant : constants) {
            byOrdinal[constant.ordinal()] = storedValue.apply(constant);
        }
        // A HashMap, not Map.copyOf: its lookup is the faster of the two (about 2 ns a decode).
        return new EnumCodec<>(enumName, byStored, storedValue, byOrdinal);
    }

    @Override
    public AttributeValue encode(E value) {
        return AttributeValue.createS(storedValue(value));
    }

    @Override
    public E decode(AttributeValue value) {
        String text = AttributeCodecs.STRING.decode(value);
        E constant = byStored.get(text);
        if (constant == null) {
            throw ValueDecodeException.unknownEnumValue(enumName, text);
        }
        return constant;
    }

    /**
     * @param value a constant
     * @return its stored value, for key templates and conditions
     */
    public String storedValue(E value) {
        int ordinal = value.ordinal();
        String text = ordinal < storedByOrdinal.length ? storedByOrdinal[ordinal] : null;
        return text != null ? text : stored.apply(value);
    }
}
