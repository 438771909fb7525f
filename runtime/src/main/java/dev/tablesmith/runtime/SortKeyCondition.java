package dev.tablesmith.runtime;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort-key part of a query's key condition: equality, begins-with, a closed range, or a
 * one-sided comparison (for plain number or string sort keys).
 */
public final class SortKeyCondition {

    /** The operator. */
    public enum Kind {
        /** {@code sk = :v}. */
        EQUALS("="),
        /** {@code begins_with(sk, :v)}. */
        BEGINS_WITH("begins_with"),
        /** {@code sk BETWEEN :low AND :high}. */
        BETWEEN("BETWEEN"),
        /** {@code sk < :v}. */
        LESS_THAN("<"),
        /** {@code sk <= :v}. */
        AT_MOST("<="),
        /** {@code sk > :v}. */
        GREATER_THAN(">"),
        /** {@code sk >= :v}. */
        AT_LEAST(">=");

        private final String operator;

        Kind(String operator) {
            this.operator = operator;
        }

        /** @return the operator or function as written in a key condition */
        public String operator() {
            return operator;
        }
    }

    private final Kind kind;
    private final AttributeValue value;
    private final AttributeValue high;

    private SortKeyCondition(Kind kind, AttributeValue value, AttributeValue high) {
        this.kind = kind;
        this.value = Objects.requireNonNull(value, "value");
        this.high = high;
    }

    /** @param key the whole sort key @return {@code sk = key} */
    public static SortKeyCondition equalTo(String key) {
        return of(Kind.EQUALS, AttributeValue.createS(key));
    }

    /** @param prefix a sort-key prefix @return {@code begins_with(sk, prefix)} */
    public static SortKeyCondition beginsWith(String prefix) {
        return of(Kind.BEGINS_WITH, AttributeValue.createS(prefix));
    }

    /** @param low inclusive @param high inclusive @return {@code sk BETWEEN low AND high} */
    public static SortKeyCondition between(String low, String high) {
        return between(AttributeValue.createS(low), AttributeValue.createS(high));
    }

    /** @param low inclusive @param high inclusive @return {@code sk BETWEEN low AND high} */
    public static SortKeyCondition between(AttributeValue low, AttributeValue high) {
        return new SortKeyCondition(Kind.BETWEEN, low, Objects.requireNonNull(high, "high"));
    }

    /**
     * @param kind a one-operand operator (any but BETWEEN)
     * @param value the operand (S, N or B)
     * @return the condition
     */
    public static SortKeyCondition of(Kind kind, AttributeValue value) {
        if (kind == Kind.BETWEEN) {
            throw new IllegalArgumentException("BETWEEN takes two operands");
        }
        return new SortKeyCondition(kind, value, null);
    }

    /**
     * The condition for a range over a sort key that is an attribute itself (a plain-attribute
     * key): the bounds are the stored values, so no template is involved.
     *
     * @param range the range; begins-with applies to string keys only
     * @return the condition, or null for a range with no bound (no condition)
     */
    public static SortKeyCondition of(KeyRange<AttributeValue> range) {
        return switch (range.kind()) {
            case ALL -> null;
            case AT_LEAST -> of(Kind.AT_LEAST, range.low());
            case AFTER -> of(Kind.GREATER_THAN, range.low());
            case AT_MOST -> of(Kind.AT_MOST, range.high());
            case BEFORE -> of(Kind.LESS_THAN, range.high());
            case BETWEEN -> between(range.low(), range.high());
            case BEGINS_WITH -> beginsWith(range.prefix());
        };
    }

    /** @return the operator */
    public Kind kind() {
        return kind;
    }

    /** @return the operand (the low bound for BETWEEN) */
    public AttributeValue value() {
        return value;
    }

    /** @return the high bound for BETWEEN, else null */
    public AttributeValue high() {
        return high;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SortKeyCondition other && kind == other.kind
                && value.equals(other.value) && Objects.equals(high, other.high);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value, high);
    }

    @Override
    public String toString() {
        return kind + " " + value + (high == null ? "" : " .. " + high);
    }
}
