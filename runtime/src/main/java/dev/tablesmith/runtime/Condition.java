package dev.tablesmith.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An immutable condition (or filter) on attributes, rendered with positional placeholders by
 * {@link #render(Placeholders)}. Attribute names are taken literally.
 */
public final class Condition {

    private enum Shape { COMPARE, BETWEEN, FUNCTION, IN, AND, OR, NOT }

    private final Shape shape;
    private final String operator;
    private final String attribute;
    private final List<AttributeValue> values;
    private final List<Condition> children;

    private Condition(Shape shape, String operator, String attribute, List<AttributeValue> values,
            List<Condition> children) {
        this.shape = shape;
        this.operator = operator;
        this.attribute = attribute;
        this.values = List.copyOf(values);
        this.children = List.copyOf(children);
    }

    private static Condition compare(String operator, String attribute, AttributeValue value) {
        return new Condition(Shape.COMPARE, operator, Objects.requireNonNull(attribute),
                List.of(Objects.requireNonNull(value)), List.of());
    }

    private static Condition function(String function, String attribute, AttributeValue... args) {
        return new Condition(Shape.FUNCTION, function, Objects.requireNonNull(attribute),
                List.of(args), List.of());
    }

    /** @param attribute name @param value operand @return {@code attribute = value} */
    public static Condition eq(String attribute, AttributeValue value) {
        return compare("=", attribute, value);
    }

    /** @param attribute name @param value operand @return {@code attribute <> value} */
    public static Condition ne(String attribute, AttributeValue value) {
        return compare("<>", attribute, value);
    }

    /** @param attribute name @param value operand @return {@code attribute < value} */
    public static Condition lt(String attribute, AttributeValue value) {
        return compare("<", attribute, value);
    }

    /** @param attribute name @param value operand @return {@code attribute <= value} */
    public static Condition le(String attribute, AttributeValue value) {
        return compare("<=", attribute, value);
    }

    /** @param attribute name @param value operand @return {@code attribute > value} */
    public static Condition gt(String attribute, AttributeValue value) {
        return compare(">", attribute, value);
    }

    /** @param attribute name @param value operand @return {@code attribute >= value} */
    public static Condition ge(String attribute, AttributeValue value) {
        return compare(">=", attribute, value);
    }

    /**
     * @param attribute name
     * @param low inclusive
     * @param high inclusive
     * @return {@code attribute BETWEEN low AND high}
     */
    public static Condition between(String attribute, AttributeValue low, AttributeValue high) {
        return new Condition(Shape.BETWEEN, "BETWEEN", Objects.requireNonNull(attribute),
                List.of(low, high), List.of());
    }

    /**
     * @param attribute name
     * @param candidates 1 to 100 values
     * @return {@code attribute IN (candidates)}
     */
    public static Condition in(String attribute, List<AttributeValue> candidates) {
        if (candidates.isEmpty() || candidates.size() > 100) {
            throw new InvalidValueException("IN takes 1 to 100 values, got " + candidates.size());
        }
        return new Condition(Shape.IN, "IN", Objects.requireNonNull(attribute), candidates,
                List.of());
    }

    /** @param attribute name @param prefix text @return {@code begins_with(attribute, prefix)} */
    public static Condition beginsWith(String attribute, String prefix) {
        return function("begins_with", attribute, AttributeValue.createS(prefix));
    }

    /** @param attribute name @param operand value @return {@code contains(attribute, operand)} */
    public static Condition contains(String attribute, AttributeValue operand) {
        return function("contains", attribute, operand);
    }

    /** @param attribute name @return {@code attribute_exists(attribute)} */
    public static Condition exists(String attribute) {
        return function("attribute_exists", attribute);
    }

    /** @param attribute name @return {@code attribute_not_exists(attribute)} */
    public static Condition notExists(String attribute) {
        return function("attribute_not_exists", attribute);
    }

    /**
     * @param conditions one or more conditions
     * @return all of them
     */
    public static Condition and(Condition... conditions) {
        return combine(Shape.AND, conditions);
    }

    /**
     * @param conditions one or more conditions
     * @return any of them
     */
    public static Condition or(Condition... conditions) {
        return combine(Shape.OR, conditions);
    }

    /** @param condition a condition @return its negation */
    public static Condition not(Condition condition) {
        return new Condition(Shape.NOT, "NOT", null, List.of(), List.of(condition));
    }

    private static Condition combine(Shape shape, Condition... conditions) {
        if (conditions.length == 0) {
            throw new IllegalArgumentException(shape + " needs at least one condition");
        }
        List<Condition> flat = new ArrayList<>();
        for (Condition c : Objects.requireNonNull(conditions)) {
            if (c.shape == shape) {
                flat.addAll(c.children);
            } else {
                flat.add(Objects.requireNonNull(c));
            }
        }
        return flat.size() == 1 ? flat.get(0)
                : new Condition(shape, shape.name(), null, List.of(), flat);
    }

    /**
     * @param other another condition, or null
     * @return this and other (this when other is null)
     */
    public Condition and(Condition other) {
        return other == null ? this : and(this, other);
    }

    /** @return how many operators and functions the expression has (DynamoDB allows 300) */
    public int operatorCount() {
        int own = switch (shape) {
            case AND, OR -> children.size() - 1;
            default -> 1;
        };
        for (Condition child : children) {
            own += child.operatorCount();
        }
        return own;
    }

    /**
     * @param placeholders the request's placeholders, extended with this condition's
     * @return the expression text
     */
    public String render(Placeholders placeholders) {
        StringBuilder out = new StringBuilder();
        render(placeholders, out);
        return out.toString();
    }

    private void render(Placeholders p, StringBuilder out) {
        switch (shape) {
            case COMPARE -> out.append(p.name(attribute)).append(' ').append(operator).append(' ')
                    .append(p.value(values.get(0)));
            case BETWEEN -> out.append(p.name(attribute)).append(" BETWEEN ")
                    .append(p.value(values.get(0))).append(" AND ").append(p.value(values.get(1)));
            case FUNCTION -> {
                out.append(operator).append('(').append(p.name(attribute));
                values.forEach(v -> out.append(", ").append(p.value(v)));
                out.append(')');
            }
            case IN -> renderIn(p, out);
            case NOT -> {
                out.append("NOT (");
                children.get(0).render(p, out);
                out.append(')');
            }
            default -> {
                for (int i = 0; i < children.size(); i++) {
                    out.append(i == 0 ? "(" : ") " + operator + " (");
                    children.get(i).render(p, out);
                }
                out.append(')');
            }
        }
    }

    private void renderIn(Placeholders p, StringBuilder out) {
        out.append(p.name(attribute)).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(p.value(values.get(i)));
        }
        out.append(')');
    }

    @Override
    public String toString() {
        return render(new Placeholders());
    }
}
