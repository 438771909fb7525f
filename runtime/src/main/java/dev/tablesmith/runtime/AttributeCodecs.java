package dev.tablesmith.runtime;

import dev.tablesmith.runtime.internal.CollectionCodecs;
import dev.tablesmith.runtime.internal.NumberText;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type;

/**
 * A codec for every model type. Strings may be empty (outside keys), lists and maps may be empty;
 * an empty set is left out of an item (and refused inside a list or map), never sent.
 */
public final class AttributeCodecs {
    private AttributeCodecs() {
    }

    /** {@code string}: S, empty allowed. */
    public static final AttributeCodec<String> STRING = scalar(Type.S, AttributeValue::createS,
            AttributeValue::s);
    /** {@code int}: N. */
    public static final AttributeCodec<Integer> INT = scalar(Type.N,
            v -> AttributeValue.createN(v.toString()), v -> toInt(NumberText.longValue(v.n())));
    /** {@code long}: N. */
    public static final AttributeCodec<Long> LONG = scalar(Type.N,
            v -> AttributeValue.createN(v.toString()), v -> NumberText.longValue(v.n()));
    /** {@code decimal}: N, at most 38 significant digits. */
    public static final AttributeCodec<BigDecimal> DECIMAL = scalar(Type.N,
            v -> AttributeValue.createN(NumberText.of(v)), v -> NumberText.decimal(v.n()));
    /** {@code double}: N; NaN and infinities refused. */
    public static final AttributeCodec<Double> DOUBLE = scalar(Type.N,
            v -> AttributeValue.createN(NumberText.of(v)),
            v -> NumberText.decimal(v.n()).doubleValue());
    /** {@code boolean}: BOOL. */
    public static final AttributeCodec<Boolean> BOOLEAN = scalar(Type.BOOL,
            AttributeValue::createBool, AttributeValue::bool);
    /** {@code binary} as {@link SdkBytes}: B, empty allowed. */
    public static final AttributeCodec<SdkBytes> BYTES = scalar(Type.B, AttributeValue::createB,
            AttributeValue::b);
    /** {@code binary} as {@code byte[]} (copied both ways): B. */
    public static final AttributeCodec<byte[]> BINARY = scalar(Type.B,
            v -> AttributeValue.createB(SdkBytes.fromByteArray(v)), v -> v.b().asByteArray());
    /** {@code date}: S, {@code YYYY-MM-DD}, years 0000-9999. */
    public static final AttributeCodec<LocalDate> DATE = scalar(Type.S,
            v -> AttributeValue.createS(KeyValue.date(v).text()), v -> parseDate(v.s()));
    /** {@code document}: any attribute value, as is. */
    public static final AttributeCodec<AttributeValue> DOCUMENT = new AttributeCodec<>() {
        @Override
        public AttributeValue encode(AttributeValue value) {
            return value;
        }

        @Override
        public AttributeValue decode(AttributeValue value) {
            return value;
        }
    };
    /** {@code set of string}: SS. */
    public static final AttributeCodec<Set<String>> STRING_SET = CollectionCodecs.set(Type.SS,
            Function.identity(), AttributeValue::createSs, AttributeValue::ss, Function.identity());
    /** {@code set of long}: NS. */
    public static final AttributeCodec<Set<Long>> LONG_SET = CollectionCodecs.set(Type.NS,
            Object::toString, AttributeValue::createNs, AttributeValue::ns, NumberText::longValue);
    /** {@code set of decimal}: NS. */
    public static final AttributeCodec<Set<BigDecimal>> DECIMAL_SET = CollectionCodecs.set(Type.NS,
            NumberText::of, AttributeValue::createNs, AttributeValue::ns, NumberText::decimal);
    /** {@code set of binary}: BS. */
    public static final AttributeCodec<Set<SdkBytes>> BINARY_SET = CollectionCodecs.set(Type.BS,
            Function.identity(), AttributeValue::createBs, AttributeValue::bs, Function.identity());

    /** {@code instant} in the default {@link InstantFormat#ISO_MILLIS}. */
    public static final AttributeCodec<Instant> INSTANT = instant(InstantFormat.ISO_MILLIS);

    /**
     * @param format the stored form
     * @return an {@code instant} codec: S for the ISO forms, N for the epoch forms
     */
    public static AttributeCodec<Instant> instant(InstantFormat format) {
        if (format.isNumeric()) {
            return scalar(Type.N, v -> AttributeValue.createN(format.format(v)),
                    v -> format.parse(v.n()));
        }
        return scalar(Type.S, v -> AttributeValue.createS(format.format(v)),
                v -> format.parse(v.s()));
    }

    /**
     * @param <T> element type
     * @param element the element codec
     * @return a {@code list} codec (L)
     */
    public static <T> AttributeCodec<List<T>> list(AttributeCodec<T> element) {
        return CollectionCodecs.list(element);
    }

    /**
     * @param <T> value type
     * @param element the value codec
     * @return a {@code map} codec (M, string keys)
     */
    public static <T> AttributeCodec<Map<String, T>> map(AttributeCodec<T> element) {
        return CollectionCodecs.map(element);
    }

    private static <T> AttributeCodec<T> scalar(Type type, Function<T, AttributeValue> encode,
            Function<AttributeValue, T> decode) {
        return new AttributeCodec<>() {
            @Override
            public AttributeValue encode(T value) {
                return encode.apply(value);
            }

            @Override
            public T decode(AttributeValue value) {
                CollectionCodecs.expect(value, type);
                try {
                    return decode.apply(value);
                } catch (InvalidValueException e) {
                    throw new ValueDecodeException(e.getMessage());
                }
            }
        };
    }

    private static int toInt(long value) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new ValueDecodeException("number " + value + " does not fit an int");
        }
        return (int) value;
    }

    private static LocalDate parseDate(String text) {
        try {
            return KeyValue.parseDate(text);
        } catch (InvalidKeyException | DateTimeException e) {
            throw new ValueDecodeException("'" + text + "' is not a YYYY-MM-DD date");
        }
    }
}
