package dev.tablesmith.runtime;

import java.util.Objects;

/**
 * A typed handle on a stored attribute, for conditions in Java terms:
 * {@code Inventory.STOCK.atLeast(2L)} rather than a name and a hand-built value. Generated entity
 * classes carry one per attribute.
 *
 * @param <T> the attribute's Java type
 */
public final class AttributeRef<T> {
    private final String name;
    private final AttributeCodec<T> codec;

    private AttributeRef(String name, AttributeCodec<T> codec) {
        this.name = Objects.requireNonNull(name, "name");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * @param <T> the Java type
     * @param storedName the attribute's name in DynamoDB
     * @param codec its codec
     * @return the handle
     */
    public static <T> AttributeRef<T> of(String storedName, AttributeCodec<T> codec) {
        return new AttributeRef<>(storedName, codec);
    }

    /** @return the stored attribute name */
    public String name() {
        return name;
    }

    /** @param value the value @return {@code attribute = value} */
    public Condition eq(T value) {
        return Condition.eq(name, codec.encode(value));
    }

    /** @param value the value @return {@code attribute <> value} */
    public Condition ne(T value) {
        return Condition.ne(name, codec.encode(value));
    }

    /** @param value the bound @return {@code attribute < value} */
    public Condition lessThan(T value) {
        return Condition.lt(name, codec.encode(value));
    }

    /** @param value the bound @return {@code attribute <= value} */
    public Condition atMost(T value) {
        return Condition.le(name, codec.encode(value));
    }

    /** @param value the bound @return {@code attribute > value} */
    public Condition greaterThan(T value) {
        return Condition.gt(name, codec.encode(value));
    }

    /** @param value the bound @return {@code attribute >= value} */
    public Condition atLeast(T value) {
        return Condition.ge(name, codec.encode(value));
    }

    /** @param low inclusive @param high inclusive @return {@code attribute BETWEEN low AND high} */
    public Condition between(T low, T high) {
        return Condition.between(name, codec.encode(low), codec.encode(high));
    }

    /** @param prefix a string prefix @return {@code begins_with(attribute, prefix)} */
    public Condition beginsWith(String prefix) {
        return Condition.beginsWith(name, prefix);
    }

    /** @return {@code attribute_exists(attribute)} */
    public Condition exists() {
        return Condition.exists(name);
    }

    /** @return {@code attribute_not_exists(attribute)} */
    public Condition notExists() {
        return Condition.notExists(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
