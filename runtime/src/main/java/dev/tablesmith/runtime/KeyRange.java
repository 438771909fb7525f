package dev.tablesmith.runtime;

import java.util.Objects;
import java.util.function.Function;

/**
 * A caller's range condition on the value of one sort-key placeholder (the pattern's
 * {@code range:} attribute). Bounds mean what they say on the value; {@link KeyTemplate#condition}
 * turns them into a sort-key condition that is exact on fixed-width values (instants, dates,
 * padded numbers) and closed by the entity's literal prefix.
 *
 * @param <T> the value type (an {@code Instant}, a {@code Long}, a {@link KeyValue}, ...)
 */
public final class KeyRange<T> {

    /** The shape of a range. */
    public enum Kind {
        /** Every value. */
        ALL,
        /** value &gt;= low. */
        AT_LEAST,
        /** value &gt; low. */
        AFTER,
        /** value &lt;= high. */
        AT_MOST,
        /** value &lt; high. */
        BEFORE,
        /** low &lt;= value &lt;= high. */
        BETWEEN,
        /** the value's key text starts with a given prefix ({@code 2020-04} within a date). */
        BEGINS_WITH
    }

    private final Kind kind;
    private final T low;
    private final T high;
    private final String prefix;

    private KeyRange(Kind kind, T low, T high, String prefix) {
        this.kind = kind;
        this.low = low;
        this.high = high;
        this.prefix = prefix;
    }

    /** @param <T> value type @return a range with no bound */
    public static <T> KeyRange<T> all() {
        return new KeyRange<>(Kind.ALL, null, null, null);
    }

    /** @param <T> value type @param low inclusive lower bound @return value &gt;= low */
    public static <T> KeyRange<T> atLeast(T low) {
        return new KeyRange<>(Kind.AT_LEAST, Objects.requireNonNull(low, "low"), null, null);
    }

    /** @param <T> value type @param low exclusive lower bound @return value &gt; low */
    public static <T> KeyRange<T> after(T low) {
        return new KeyRange<>(Kind.AFTER, Objects.requireNonNull(low, "low"), null, null);
    }

    /** @param <T> value type @param high inclusive upper bound @return value &lt;= high */
    public static <T> KeyRange<T> atMost(T high) {
        return new KeyRange<>(Kind.AT_MOST, null, Objects.requireNonNull(high, "high"), null);
    }

    /** @param <T> value type @param high exclusive upper bound @return value &lt; high */
    public static <T> KeyRange<T> before(T high) {
        return new KeyRange<>(Kind.BEFORE, null, Objects.requireNonNull(high, "high"), null);
    }

    /**
     * @param <T> value type
     * @param low inclusive lower bound
     * @param high inclusive upper bound
     * @return low &lt;= value &lt;= high
     */
    public static <T> KeyRange<T> between(T low, T high) {
        return new KeyRange<>(Kind.BETWEEN, Objects.requireNonNull(low, "low"),
                Objects.requireNonNull(high, "high"), null);
    }

    /**
     * @param <T> value type
     * @param prefix the start of the value's key text, for example {@code "2020-04"}
     * @return values whose key text begins with {@code prefix}
     */
    public static <T> KeyRange<T> beginsWith(String prefix) {
        return new KeyRange<>(Kind.BEGINS_WITH, null, null,
                Objects.requireNonNull(prefix, "prefix"));
    }

    /**
     * @param <R> the new value type
     * @param convert applied to each bound
     * @return the same range over converted bounds (a begins-with prefix is kept as is)
     */
    public <R> KeyRange<R> map(Function<? super T, ? extends R> convert) {
        return new KeyRange<>(kind, low == null ? null : convert.apply(low),
                high == null ? null : convert.apply(high), prefix);
    }

    /** @return the shape */
    public Kind kind() {
        return kind;
    }

    /** @return the lower bound, or null */
    public T low() {
        return low;
    }

    /** @return the upper bound, or null */
    public T high() {
        return high;
    }

    /** @return the begins-with prefix, or null */
    public String prefix() {
        return prefix;
    }

    @Override
    public String toString() {
        return kind + (low == null ? "" : " low=" + low) + (high == null ? "" : " high=" + high)
                + (prefix == null ? "" : " prefix=" + prefix);
    }
}
