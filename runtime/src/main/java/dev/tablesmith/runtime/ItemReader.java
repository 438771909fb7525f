package dev.tablesmith.runtime;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads typed attributes out of a stored item. Every failure names the item's key and the
 * attribute ({@link ItemDecodeException}, {@link UnknownEnumValueException}).
 */
public final class ItemReader {
    private final Map<String, AttributeValue> item;
    private final String[] keyAttributes;

    private ItemReader(Map<String, AttributeValue> item, String[] keyAttributes) {
        this.item = item;
        this.keyAttributes = keyAttributes;
    }

    /**
     * @param item the stored item
     * @param keyAttributes the table's key attribute names, to name the item in errors (read
     *     only when an error is reported; not copied)
     * @return a reader
     */
    public static ItemReader of(Map<String, AttributeValue> item, String... keyAttributes) {
        return new ItemReader(item, keyAttributes);
    }

    /**
     * A reader of a map inside an item (an embedded value). Its failures are
     * {@link ValueDecodeException}s naming the field, which the item's reader turns into an
     * error naming the item's key and the attribute that holds the map.
     *
     * @param value a stored value
     * @return a reader of its fields
     * @throws ValueDecodeException when it is not a map (M)
     */
    public static ItemReader nested(AttributeValue value) {
        return new ItemReader(AttributeCodecs.storedMap(value), null);
    }

    /**
     * A required attribute's stored value, for generated decoders: they call the attribute's codec
     * on it themselves (a constant the JIT calls directly, where {@link #get}, shared by every
     * codec, calls it through the interface) inside one {@code try} that hands a failure, and the
     * attribute it was reading, to {@link #failure}.
     *
     * @param item the stored item (or embedded map)
     * @param attribute the stored attribute name
     * @return its value
     * @throws ValueDecodeException ({@link ValueDecodeException#missing}) when it is absent or NULL
     */
    public static AttributeValue required(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = optional(item, attribute);
        if (value == null) {
            throw ValueDecodeException.missing();
        }
        return value;
    }

    /**
     * As {@link #required}, with NULL left to the codec: for codecs that refuse a NULL value as the
     * wrong type (every codec but {@link AttributeCodecs#DOCUMENT}, which takes any value). The
     * decoder's {@link #failure} then reports the attribute as missing, as {@code required} does,
     * but a present value costs one check less (measured on the benchmarks' task, 12 attributes:
     * 179.6 ns against 192.5).
     *
     * @param item the stored item (or embedded map)
     * @param attribute the stored attribute name
     * @return its value, possibly NULL
     * @throws ValueDecodeException ({@link ValueDecodeException#missing}) when it is absent
     */
    public static AttributeValue stored(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        if (value == null) {
            throw ValueDecodeException.missing();
        }
        return value;
    }

    /**
     * An optional attribute's stored value, as {@link #required} is a required one's.
     *
     * @param item the stored item (or embedded map)
     * @param attribute the stored attribute name
     * @return its value, or null when it is absent or NULL
     */
    public static AttributeValue optional(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null || Boolean.TRUE.equals(value.nul()) ? null : value;
    }

    /**
     * The value given, for generated decoders: they look optional attributes up first
     * ({@link #optional}) and decode them as they build the value, noting in a local, in the same
     * expression ({@code reading(value, at = "name")}), which attribute they decode.
     *
     * @param value a stored value
     * @param attribute the stored attribute name it was read from
     * @return {@code value}
     */
    public static AttributeValue reading(AttributeValue value, String attribute) {
        return value;
    }

    /** @return the item being read */
    public Map<String, AttributeValue> item() {
        return item;
    }

    /**
     * @param <T> the Java type
     * @param attribute the stored attribute name
     * @param codec its codec
     * @return the value
     * @throws ItemDecodeException when the attribute is absent (and the codec has no absent
     *     value, as sets do) or cannot be decoded
     */
    public <T> T get(String attribute, AttributeCodec<T> codec) {
        T value = getOrNull(attribute, codec);
        if (value == null) {
            throw missing(attribute);
        }
        return value;
    }

    /**
     * @param <T> the Java type
     * @param attribute the stored attribute name
     * @param codec its codec
     * @return the value, or the codec's absent value (null; an empty set) when absent or NULL
     * @throws ItemDecodeException when the attribute cannot be decoded
     */
    public <T> T getOrNull(String attribute, AttributeCodec<T> codec) {
        AttributeValue value = optional(item, attribute);
        if (value == null) {
            return codec.whenAbsent();
        }
        try {
            return codec.decode(value);
        } catch (ValueDecodeException e) {
            throw failure(attribute, e);
        }
    }

    /**
     * @param attribute the stored attribute name
     * @param e why its value could not be decoded
     * @return the error to throw: it names the item's key and the attribute (an
     *     {@link UnknownEnumValueException} for an unknown enum value), and says the attribute is
     *     missing when it is absent or NULL, whatever the codec said of a NULL value; from a
     *     {@linkplain #nested nested} reader, a {@link ValueDecodeException} naming the field
     */
    public TablesmithException failure(String attribute, ValueDecodeException e) {
        if (optional(item, attribute) == null) {
            return missing(attribute);
        }
        if (keyAttributes == null) {
            return e.enumName() != null ? e
                    : new ValueDecodeException("field '" + attribute + "': " + e.getMessage());
        }
        if (e.enumName() != null) {
            return new UnknownEnumValueException(describeKey(), attribute, e.storedValue(),
                    e.enumName());
        }
        return new ItemDecodeException(describeKey(), attribute, e.getMessage());
    }

    private TablesmithException missing(String attribute) {
        return keyAttributes == null
                ? new ValueDecodeException("field '" + attribute + "' is missing")
                : new ItemDecodeException(describeKey(), attribute, "is missing");
    }

    /**
     * @return the item's key for people, such as {@code PK=ORDER#1, SK=METADATA}
     */
    public String describeKey() {
        return keyAttributes == null ? "" : describe(item, keyAttributes);
    }

    /**
     * @param item an item or key
     * @param keyAttributes the key attribute names
     * @return the key for people, such as {@code PK=ORDER#1, SK=METADATA}
     */
    public static String describe(Map<String, AttributeValue> item, String... keyAttributes) {
        StringBuilder out = new StringBuilder();
        for (String name : keyAttributes) {
            if (name == null) {
                continue;
            }
            AttributeValue value = item.get(name);
            out.append(out.length() == 0 ? "" : ", ").append(name).append('=')
                    .append(value == null ? "(absent)" : scalarText(value));
        }
        return out.toString();
    }

    private static String scalarText(AttributeValue value) {
        switch (value.type()) {
            case S:
                return value.s();
            case N:
                return value.n();
            case B:
                return "0x" + java.util.HexFormat.of().formatHex(value.b().asByteArrayUnsafe());
            default:
                return value.toString();
        }
    }
}
