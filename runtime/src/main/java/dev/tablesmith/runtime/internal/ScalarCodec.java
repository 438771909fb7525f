package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.AttributeCodec;
import dev.tablesmith.runtime.InvalidValueException;
import dev.tablesmith.runtime.ValueDecodeException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A codec of one scalar attribute type (S, N, B, BOOL): the type check and the error wrapping
 * once, the conversion in each subclass. Every codec is its own small class rather than a pair
 * of lambdas in one shared class, so where generated code names a codec constant the JIT knows
 * its exact class and inlines the conversion (a lambda field would be a megamorphic call once an
 * application uses a few types).
 *
 * @param <T> the Java type
 */
public abstract class ScalarCodec<T> implements AttributeCodec<T> {
    private final AttributeValue.Type type;

    /** @param type the stored type this codec reads */
    protected ScalarCodec(AttributeValue.Type type) {
        this.type = type;
    }

    @Override
    public final T decode(AttributeValue value) {
        if (value.type() != type) {
            throw new ValueDecodeException("expected " + type + " but found " + value.type());
        }
        try {
            return read(value);
        } catch (InvalidValueException e) {
            throw new ValueDecodeException(e.getMessage());
        }
    }

    /**
     * @param value a stored value of this codec's type
     * @return the Java value
     * @throws InvalidValueException or {@link ValueDecodeException} when its shape is wrong
     */
    protected abstract T read(AttributeValue value);
}
