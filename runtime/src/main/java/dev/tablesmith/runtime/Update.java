package dev.tablesmith.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An immutable update expression (SET, REMOVE, ADD, DELETE), rendered with positional
 * placeholders. One action per attribute: a later action on the same attribute replaces the
 * earlier one, since DynamoDB refuses two actions on one path.
 */
public final class Update {

    private enum Clause { SET, REMOVE, ADD, DELETE }

    private enum Form { ASSIGN, IF_NOT_EXISTS, INCREMENT, APPEND, BARE }

    private record Action(Clause clause, Form form, AttributeValue value) {
    }

    private final Map<String, Action> actions;

    private Update(Map<String, Action> actions) {
        this.actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions));
    }

    /** @return a builder with no action */
    public static Builder builder() {
        return new Builder(Map.of());
    }

    /** @return a builder holding this update's actions */
    public Builder toBuilder() {
        return new Builder(actions);
    }

    /** @return true when there is no action */
    public boolean isEmpty() {
        return actions.isEmpty();
    }

    /** @return the attributes this update touches, in written order */
    public Set<String> attributes() {
        return actions.keySet();
    }

    /** @return how many operators and functions the expression has (DynamoDB allows 300) */
    public int operatorCount() {
        int count = 0;
        for (Action action : actions.values()) {
            count += switch (action.form()) {
                case IF_NOT_EXISTS, APPEND -> 1;
                case INCREMENT -> 2;
                default -> 0;
            };
        }
        return count;
    }

    /**
     * @param p the request's placeholders, extended with this update's
     * @return the expression text, such as {@code SET #n0 = :v0 REMOVE #n1}
     */
    public String render(Placeholders p) {
        StringBuilder out = new StringBuilder();
        for (Clause clause : Clause.values()) {
            String separator = (out.length() == 0 ? "" : " ") + clause + " ";
            for (Map.Entry<String, Action> entry : actions.entrySet()) {
                Action action = entry.getValue();
                if (action.clause() == clause) {
                    out.append(separator);
                    separator = ", ";
                    renderAction(p, p.name(entry.getKey()), action, out);
                }
            }
        }
        return out.toString();
    }

    private static void renderAction(Placeholders p, String name, Action action,
            StringBuilder out) {
        out.append(name);
        switch (action.form()) {
            case ASSIGN -> out.append(" = ").append(p.value(action.value()));
            case IF_NOT_EXISTS -> out.append(" = if_not_exists(").append(name).append(", ")
                    .append(p.value(action.value())).append(')');
            case INCREMENT -> out.append(" = if_not_exists(").append(name).append(", ")
                    .append(p.value(AttributeValue.createN("0"))).append(") + ")
                    .append(p.value(action.value()));
            case APPEND -> out.append(" = list_append(if_not_exists(").append(name).append(", ")
                    .append(p.value(AttributeValue.createL(java.util.List.of()))).append("), ")
                    .append(p.value(action.value())).append(')');
            default -> {
                if (action.value() != null) {
                    out.append(' ').append(p.value(action.value()));
                }
            }
        }
    }

    @Override
    public String toString() {
        return render(new Placeholders());
    }

    /** Collects the actions of an {@link Update}. */
    public static final class Builder {
        private final Map<String, Action> actions;

        private Builder(Map<String, Action> actions) {
            this.actions = new LinkedHashMap<>(actions);
        }

        private Builder put(String attribute, Clause clause, Form form, AttributeValue value) {
            actions.remove(Objects.requireNonNull(attribute, "attribute"));
            actions.put(attribute, new Action(clause, form, value));
            return this;
        }

        /** @param attribute name @param value new value @return {@code SET attribute = value} */
        public Builder set(String attribute, AttributeValue value) {
            return put(attribute, Clause.SET, Form.ASSIGN, Objects.requireNonNull(value, "value"));
        }

        /**
         * @param <T> the Java type
         * @param attribute name
         * @param codec its codec
         * @param value the value; an absent one (null, empty set) removes the attribute
         * @return SET or REMOVE
         */
        public <T> Builder set(String attribute, AttributeCodec<T> codec, T value) {
            return codec.isAbsent(value) ? remove(attribute) : set(attribute, codec.encode(value));
        }

        /**
         * The index-key primitive: keeps a sparse index right in one update.
         *
         * @param attribute an index key attribute
         * @param value the new key, or null to take the item out of the index
         * @return SET or REMOVE
         */
        public Builder setOrRemove(String attribute, AttributeValue value) {
            return value == null ? remove(attribute) : set(attribute, value);
        }

        /**
         * @param attribute an index key attribute
         * @param renderedKey the new key (from {@link KeyTemplate#renderIfPresent}), or null
         * @return SET or REMOVE
         */
        public Builder setOrRemoveKey(String attribute, String renderedKey) {
            return setOrRemove(attribute,
                    renderedKey == null ? null : AttributeValue.createS(renderedKey));
        }

        /** @param attribute name @param value initial value @return SET only when absent */
        public Builder setIfNotExists(String attribute, AttributeValue value) {
            return put(attribute, Clause.SET, Form.IF_NOT_EXISTS, Objects.requireNonNull(value));
        }

        /** @param attribute a number attribute @param delta amount @return SET a = a + delta */
        public Builder increment(String attribute, long delta) {
            return put(attribute, Clause.SET, Form.INCREMENT,
                    AttributeValue.createN(Long.toString(delta)));
        }

        /** @param attribute a list attribute @param values an L value @return append to it */
        public Builder appendToList(String attribute, AttributeValue values) {
            return put(attribute, Clause.SET, Form.APPEND, Objects.requireNonNull(values));
        }

        /** @param attribute name @return {@code REMOVE attribute} */
        public Builder remove(String attribute) {
            return put(attribute, Clause.REMOVE, Form.BARE, null);
        }

        /** @param attribute a number or set @param value N or a set @return {@code ADD} */
        public Builder add(String attribute, AttributeValue value) {
            return put(attribute, Clause.ADD, Form.BARE, Objects.requireNonNull(value));
        }

        /** @param attribute a set @param value the members to take out @return {@code DELETE} */
        public Builder delete(String attribute, AttributeValue value) {
            return put(attribute, Clause.DELETE, Form.BARE, Objects.requireNonNull(value));
        }

        /** @return the update */
        public Update build() {
            return new Update(actions);
        }
    }
}
