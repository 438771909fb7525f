package dev.tablesmith.runtime;

import dev.tablesmith.runtime.internal.CollectionCodecs;
import dev.tablesmith.runtime.internal.FrozenList;
import dev.tablesmith.runtime.internal.NumberText;
import dev.tablesmith.runtime.internal.ScalarCodec;
import dev.tablesmith.runtime.internal.SetCodec;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public static final AttributeCodec<String> STRING = new ScalarCodec<>(Type.S) {
        @Override
        public AttributeValue encode(String value) {
            return AttributeValue.createS(value);
        }

        @Override
        protected String read(AttributeValue value) {
            return value.s();
        }
    };
    /** {@code int}: N. */
    public static final AttributeCodec<Integer> INT = new ScalarCodec<>(Type.N) {
        @Override
        public AttributeValue encode(Integer value) {
            return AttributeValue.createN(Integer.toString(value));
        }

        @Override
        protected Integer read(AttributeValue value) {
            return toInt(NumberText.longValue(value.n()));
        }
    };
    /** {@code long}: N. */
    public static final AttributeCodec<Long> LONG = new ScalarCodec<>(Type.N) {
        @Override
        public AttributeValue encode(Long value) {
            return AttributeValue.createN(Long.toString(value));
        }

        @Override
        protected Long read(AttributeValue value) {
            return NumberText.longValue(value.n());
        }
    };
    /** {@code decimal}: N, at most 38 significant digits. */
    public static final AttributeCodec<BigDecimal> DECIMAL = new ScalarCodec<>(Type.N) {
        @Override
        public AttributeValue encode(BigDecimal value) {
            return AttributeValue.createN(NumberText.of(value));
        }

        @Override
        protected BigDecimal read(AttributeValue value) {
            return NumberText.decimal(value.n());
        }
    };
    /** {@code double}: N; NaN and infinities refused. */
    public static final AttributeCodec<Double> DOUBLE = new ScalarCodec<>(Type.N) {
        @Override
        public AttributeValue encode(Double value) {
            return AttributeValue.createN(NumberText.of(value));
        }

        @Override
        protected Double read(AttributeValue value) {
            return NumberText.decimal(value.n()).doubleValue();
        }
    };
    /** {@code boolean}: BOOL. */
    public static final AttributeCodec<Boolean> BOOLEAN = new ScalarCodec<>(Type.BOOL) {
        @Override
        public AttributeValue encode(Boolean value) {
            return AttributeValue.createBool(value);
        }

        @Override
        protected Boolean read(AttributeValue value) {
            return value.bool();
        }
    };
    /** {@code binary} as {@link SdkBytes}: B, empty allowed. */
    public static final AttributeCodec<SdkBytes> BYTES = new ScalarCodec<>(Type.B) {
        @Override
        public AttributeValue encode(SdkBytes value) {
            return AttributeValue.createB(value);
        }

        @Override
        protected SdkBytes read(AttributeValue value) {
            return value.b();
        }
    };
    /** {@code binary} as {@code byte[]} (copied both ways): B. */
    public static final AttributeCodec<byte[]> BINARY = new ScalarCodec<>(Type.B) {
        @Override
        public AttributeValue encode(byte[] value) {
            return AttributeValue.createB(SdkBytes.fromByteArray(value));
        }

        @Override
        protected byte[] read(AttributeValue value) {
            return value.b().asByteArray();
        }
    };
    /** {@code date}: S, {@code YYYY-MM-DD}, years 0000-9999. */
    public static final AttributeCodec<LocalDate> DATE = new ScalarCodec<>(Type.S) {
        @Override
        public AttributeValue encode(LocalDate value) {
            return AttributeValue.createS(KeyValue.date(value).text());
        }

        @Override
        protected LocalDate read(AttributeValue value) {
            return parseDate(value.s());
        }
    };
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
    public static final AttributeCodec<Set<String>> STRING_SET =
            new SetCodec<String, String>(Type.SS) {
        @Override
        protected String member(String element) {
            return element;
        }

        @Override
        protected String element(String member) {
            return member;
        }

        @Override
        protected AttributeValue build(List<String> members) {
            return AttributeValue.createSs(members);
        }

        @Override
        protected List<String> members(AttributeValue value) {
            return value.ss();
        }

        @Override
        public Set<String> decode(AttributeValue value) {
            CollectionCodecs.expect(value, Type.SS);
            return Set.copyOf(value.ss());
        }
    };
    /** {@code set of long}: NS. */
    public static final AttributeCodec<Set<Long>> LONG_SET = new SetCodec<Long, String>(Type.NS) {
        @Override
        protected String member(Long element) {
            return element.toString();
        }

        @Override
        protected Long element(String member) {
            return NumberText.longValue(member);
        }

        @Override
        protected AttributeValue build(List<String> members) {
            return AttributeValue.createNs(members);
        }

        @Override
        protected List<String> members(AttributeValue value) {
            return value.ns();
        }
    };
    /** {@code set of decimal}: NS. */
    public static final AttributeCodec<Set<BigDecimal>> DECIMAL_SET =
            new SetCodec<BigDecimal, String>(Type.NS) {
        @Override
        protected String member(BigDecimal element) {
            return NumberText.of(element);
        }

        @Override
        protected BigDecimal element(String member) {
            return NumberText.decimal(member);
        }

        @Override
        protected AttributeValue build(List<String> members) {
            return AttributeValue.createNs(members);
        }

        @Override
        protected List<String> members(AttributeValue value) {
            return value.ns();
        }
    };
    /** {@code set of binary}: BS. */
    public static final AttributeCodec<Set<SdkBytes>> BINARY_SET =
            new SetCodec<SdkBytes, SdkBytes>(Type.BS) {
        @Override
        protected SdkBytes member(SdkBytes element) {
            return element;
        }

        @Override
        protected SdkBytes element(SdkBytes member) {
            return member;
        }

        @Override
        protected AttributeValue build(List<SdkBytes> members) {
            return AttributeValue.createBs(members);
        }

        @Override
        protected List<SdkBytes> members(AttributeValue value) {
            return value.bs();
        }
    };

    /** {@code instant} in the default {@link InstantFormat#ISO_MILLIS}. */
    public static final AttributeCodec<Instant> INSTANT =
            new InstantCodec(InstantFormat.ISO_MILLIS);

    private static final AttributeCodec<Instant> INSTANT_SECONDS =
            new InstantCodec(InstantFormat.ISO_SECONDS);
    private static final AttributeCodec<Instant> INSTANT_LOCAL =
            new InstantCodec(InstantFormat.ISO_LOCAL);
    private static final AttributeCodec<Instant> EPOCH_SECONDS =
            new InstantCodec(InstantFormat.EPOCH_SECONDS);
    private static final AttributeCodec<Instant> EPOCH_MILLIS =
            new InstantCodec(InstantFormat.EPOCH_MILLIS);

    /**
     * @param format the stored form
     * @return the {@code instant} codec of that form (one shared instance each): S for the ISO
     *     forms, N for the epoch forms
     */
    public static AttributeCodec<Instant> instant(InstantFormat format) {
        return switch (format) {
            case ISO_MILLIS -> INSTANT;
            case ISO_SECONDS -> INSTANT_SECONDS;
            case ISO_LOCAL -> INSTANT_LOCAL;
            case EPOCH_SECONDS -> EPOCH_SECONDS;
            case EPOCH_MILLIS -> EPOCH_MILLIS;
        };
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

    /**
     * For generated decoders that read a list in place.
     *
     * @param value a stored value
     * @return its elements
     * @throws ValueDecodeException when it is not a list (L)
     */
    public static List<AttributeValue> storedList(AttributeValue value) {
        CollectionCodecs.expect(value, Type.L);
        return value.l();
    }

    /**
     * For generated decoders that read a map in place.
     *
     * @param value a stored value
     * @return its entries
     * @throws ValueDecodeException when it is not a map (M)
     */
    public static Map<String, AttributeValue> storedMap(AttributeValue value) {
        CollectionCodecs.expect(value, Type.M);
        return value.m();
    }

    /**
     * For generated decoders that read a list in place: the array they filled, as a read-only
     * list (one object over the array, where an {@code ArrayList} behind
     * {@code Collections.unmodifiableList} is two), which a value class keeps without a copy
     * ({@link #immutableList}).
     *
     * @param <T> the element type
     * @param elements the decoded elements, all of type {@code T} and none null; the list owns
     *     the array now
     * @return a read-only list over it
     */
    public static <T> List<T> readOnlyList(Object[] elements) {
        return new FrozenList<>(elements);
    }

    /**
     * For generated value classes: the list to keep for a list attribute. A list a decoder made
     * ({@link #readOnlyList}: read-only, its array owned by no one else, no null element) is kept
     * as it is; any other list is copied with {@link List#copyOf}, which refuses a null element.
     * So a decoded list is never copied, where one decoded into an {@code ArrayList} would be
     * copied twice ({@code toArray}, then {@code List.of}).
     *
     * @param <T> the element type
     * @param list a list
     * @return an unmodifiable list equal to it
     * @throws NullPointerException when the list or one of its elements is null
     */
    public static <T> List<T> immutableList(List<T> list) {
        return list instanceof FrozenList ? list : List.copyOf(list);
    }

    /**
     * For generated encoders that write a list or map in place: what the composed codecs check.
     *
     * @param <T> the value's type
     * @param value a list element, a map key or a map value
     * @param what which of them, for the error ("list element")
     * @return {@code value}
     * @throws InvalidValueException when it is null
     */
    public static <T> T nonNull(T value, String what) {
        return CollectionCodecs.nonNull(value, what);
    }

    /**
     * @param size the number of entries a map will hold
     * @return a {@code HashMap} capacity that holds them without resizing
     */
    public static int capacity(int size) {
        return CollectionCodecs.capacity(size);
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

    /**
     * {@code instant}: the format's text as S, or its digits as N for the epoch forms. A record,
     * so the JIT folds the format of a codec constant and inlines the right branch.
     */
    private record InstantCodec(InstantFormat format) implements AttributeCodec<Instant> {
        @Override
        public AttributeValue encode(Instant value) {
            String text = format.format(value);
            return format.isNumeric() ? AttributeValue.createN(text) : AttributeValue.createS(text);
        }

        @Override
        public Instant decode(AttributeValue value) {
            CollectionCodecs.expect(value, format.isNumeric() ? Type.N : Type.S);
            try {
                return format.parse(format.isNumeric() ? value.n() : value.s());
            } catch (InvalidValueException e) {
                throw new ValueDecodeException(e.getMessage());
            }
        }
    }
}
