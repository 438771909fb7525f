package dev.tablesmith.runtime;

import dev.tablesmith.runtime.internal.RangeBounds;
import dev.tablesmith.runtime.internal.TemplateSyntax;
import dev.tablesmith.runtime.internal.Utf8;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed key template such as {@code ORDER#<createdAt>#<orderId>}: literal text with
 * {@code <attribute>} placeholders. Parse once (a constant in generated code), then render keys,
 * parse keys back into their values, and build query conditions.
 *
 * <p>Rendering refuses, with {@link InvalidKeyException} and before anything is sent: a missing or
 * empty value; free text containing the delimiter or the literal text that follows its
 * placeholder (so no value can forge another item's key); a key over 2048 (partition) or 1024
 * (sort) UTF-8 bytes. Two placeholders must be separated by literal text.
 */
public final class KeyTemplate {

    /** Which key attribute a template fills, which sets its size limit. */
    public enum Kind {
        /** A partition key: at most 2048 UTF-8 bytes. */
        PARTITION(2048),
        /** A sort key: at most 1024 UTF-8 bytes. */
        SORT(1024);

        private final int maxBytes;

        Kind(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        /** @return the size limit in UTF-8 bytes */
        public int maxBytes() {
            return maxBytes;
        }
    }

    /** The default delimiter. */
    public static final String DEFAULT_DELIMITER = "#";

    private final String template;
    private final Kind kind;
    private final String delimiter;
    private final List<String> literals;
    private final List<String> names;
    // The same parts as arrays, and what the free-text guard needs, worked out once: rendering
    // is on the path of every item written and every key read.
    private final String[] literal;
    private final int delimiterChar;
    private final boolean[] guardFollowing;
    private final boolean endsWithPlaceholder;
    // PREFIX<a>#<b>#<c> with the default delimiter, the usual shape: rendered with '#' as a
    // constant of the concatenation, which the JIT builds faster than from loaded strings.
    private final boolean hashSeparated;
    // The delimiter is the default '#'.
    private final boolean hashDelimited;
    // Keys of at most this many chars are within the size limit whatever they hold (a char is at
    // most 3 UTF-8 bytes): worked out once, as the JIT does not fold an instance's final fields.
    private final int alwaysSmallChars;

    private KeyTemplate(String template, Kind kind, String delimiter, List<String> literals,
            List<String> names) {
        this.template = template;
        this.kind = kind;
        this.delimiter = delimiter;
        this.literals = List.copyOf(literals);
        this.names = List.copyOf(names);
        this.literal = literals.toArray(new String[0]);
        this.delimiterChar = delimiter.length() == 1 ? delimiter.charAt(0) : -1;
        this.endsWithPlaceholder = literal[literal.length - 1].isEmpty();
        boolean separated = endsWithPlaceholder && DEFAULT_DELIMITER.equals(delimiter);
        for (int i = 1; i < literal.length - 1; i++) {
            separated &= DEFAULT_DELIMITER.equals(literal[i]);
        }
        this.hashSeparated = separated;
        this.hashDelimited = DEFAULT_DELIMITER.equals(delimiter);
        this.alwaysSmallChars = kind.maxBytes() / 3;
        this.guardFollowing = new boolean[names.size()];
        for (int i = 0; i < guardFollowing.length; i++) {
            String following = literal[i + 1];
            // With a one-character delimiter, free text holds no delimiter, so literal text that
            // starts with the delimiter cannot begin inside it: that guard is already done.
            guardFollowing[i] = !following.isEmpty()
                    && !(delimiterChar >= 0 && following.charAt(0) == delimiterChar);
        }
    }

    /** @param template the template text @return a partition-key template, delimiter {@code #} */
    public static KeyTemplate partition(String template) {
        return parse(template, Kind.PARTITION, DEFAULT_DELIMITER);
    }

    /** @param template the template text @return a sort-key template, delimiter {@code #} */
    public static KeyTemplate sort(String template) {
        return parse(template, Kind.SORT, DEFAULT_DELIMITER);
    }

    /**
     * @param template the template text
     * @param kind the key it fills
     * @param delimiter the table's delimiter (non-empty)
     * @return the parsed template
     * @throws IllegalArgumentException for a malformed template (a model bug, not bad data)
     */
    public static KeyTemplate parse(String template, Kind kind, String delimiter) {
        if (template.isEmpty() || delimiter.isEmpty()) {
            throw new IllegalArgumentException("empty template or delimiter");
        }
        TemplateSyntax parts = TemplateSyntax.split(template);
        return new KeyTemplate(template, kind, delimiter, parts.literals(), parts.names());
    }

    /** @return the template text */
    public String template() {
        return template;
    }

    /** @return the kind of key it renders */
    public Kind kind() {
        return kind;
    }

    /** @return the placeholder names, in order */
    public List<String> placeholders() {
        return names;
    }

    /** @return true when the template has no placeholder */
    public boolean isConstant() {
        return names.isEmpty();
    }

    /**
     * @param values one value per placeholder, in order
     * @return the rendered key
     * @throws InvalidKeyException when a value is refused or the key is too large
     */
    public String render(KeyValue... values) {
        arity(values.length);
        return sized(prefix(values));
    }

    /**
     * @return the key of a template without placeholders
     * @throws InvalidKeyException when the key is too large
     */
    public String render() {
        arity(0);
        return sized(literal[0]);
    }

    /**
     * @param value the value of the only placeholder
     * @return the rendered key
     * @throws InvalidKeyException when the value is refused or the key is too large
     */
    public String render(KeyValue value) {
        // Each render(...) is a few bytecodes that check and unwrap the values and hand plain
        // strings on, so it can inline where it is called and the KeyValue objects need not be
        // allocated; the concatenation, which compiles to a lot of code, is in the joinN
        // methods, which take no KeyValue. (When C2 compiles render on its own first, it may
        // still not inline: generated code concatenates keys itself, see text/fixed/sized.)
        return join1(check(0, value));
    }

    private String join1(String text) {
        arity(1);
        // Most templates end with their placeholder: one concat of two strings.
        return sized(endsWithPlaceholder ? literal[0].concat(text)
                : literal[0] + text + literal[1]);
    }

    /**
     * @param first the first placeholder's value
     * @param second the second placeholder's value
     * @return the rendered key
     * @throws InvalidKeyException when a value is refused or the key is too large
     */
    public String render(KeyValue first, KeyValue second) {
        return join2(check(0, first), check(1, second));
    }

    private String join2(String a, String b) {
        arity(2);
        return sized(hashSeparated ? literal[0] + a + '#' + b
                : literal[0] + a + literal[1] + b + literal[2]);
    }

    /**
     * @param first the first placeholder's value
     * @param second the second placeholder's value
     * @param third the third placeholder's value
     * @return the rendered key
     * @throws InvalidKeyException when a value is refused or the key is too large
     */
    public String render(KeyValue first, KeyValue second, KeyValue third) {
        return join3(check(0, first), check(1, second), check(2, third));
    }

    private String join3(String a, String b, String c) {
        arity(3);
        return sized(hashSeparated ? literal[0] + a + '#' + b + '#' + c
                : literal[0] + a + literal[1] + b + literal[2] + c + literal[3]);
    }

    /**
     * The value of free-text placeholder {@code index}, checked as {@link #render} checks it: for
     * generated code that writes a key's literal text as constants and concatenates it itself
     * (a render call costs about 8 ns more a key than the concatenation).
     *
     * @param index the placeholder's position, from 0
     * @param value its value
     * @return the value
     * @throws InvalidKeyException when it is missing, empty, or holds the delimiter or the text
     *     that follows the placeholder
     */
    public String text(int index, String value) {
        fixed(index, value);
        // indexOf(String) is an intrinsic (SSE4.2 here): 2 ns for a short id, where
        // indexOf(char) loops over the bytes in 6; with a constant needle it is faster still.
        if ((hashDelimited ? value.indexOf(DEFAULT_DELIMITER) : value.indexOf(delimiter)) >= 0) {
            throw refused(index, value, "contains the delimiter '" + delimiter + "'");
        }
        String following = literal[index + 1];
        if (guardFollowing[index] && startsInside(value, following)) {
            throw refused(index, value, "contains the text '" + following + "' that follows it");
        }
        return value;
    }

    /**
     * The value of placeholder {@code index} when it is not free text (a padded number, an enum's
     * stored value, a timestamp: forms the model checker proved cannot hold the delimiter).
     *
     * @param index the placeholder's position, from 0
     * @param value its text in key form
     * @return the value
     * @throws InvalidKeyException when it is missing or empty
     */
    public String fixed(int index, String value) {
        if (value == null) {
            throw refused(index, null, "is missing");
        }
        if (value.isEmpty()) {
            throw refused(index, value, "is empty");
        }
        return value;
    }

    /**
     * @param key a key concatenated from this template's literals and checked values
     * @return the key
     * @throws InvalidKeyException when it is over the size limit of its kind
     */
    public String sized(String key) {
        // A char is at most 3 UTF-8 bytes (a surrogate pair, two chars, is 4): short keys need
        // no count.
        if (key.length() <= alwaysSmallChars) {
            return key;
        }
        long bytes = Utf8.length(key);
        if (bytes > kind.maxBytes()) {
            throw new InvalidKeyException("key template '" + template + "': rendered key is "
                    + bytes + " UTF-8 bytes, over the " + kind + " key limit of "
                    + kind.maxBytes());
        }
        return key;
    }

    private void arity(int count) {
        if (count != literal.length - 1) {
            throw new IllegalArgumentException("key template '" + template + "' takes "
                    + names.size() + " values, got " + count);
        }
    }

    /**
     * @param values values by placeholder name
     * @return the rendered key
     * @throws InvalidKeyException when a value is missing or refused, or the key is too large
     */
    public String render(Map<String, KeyValue> values) {
        KeyValue[] ordered = new KeyValue[names.size()];
        for (int i = 0; i < ordered.length; i++) {
            ordered[i] = values.get(names.get(i));
        }
        return render(ordered);
    }

    /**
     * Renders a key for a sparse index: an absent (null) value means the item has no such key.
     *
     * @param values one value per placeholder, in order; null for an absent optional value
     * @return the key, or empty when any value is null
     * @throws InvalidKeyException when a present value is refused
     */
    public Optional<String> renderIfPresent(KeyValue... values) {
        for (KeyValue value : values) {
            if (value == null) {
                return Optional.empty();
            }
        }
        return Optional.of(render(values));
    }

    /**
     * @param value the only placeholder's value, or null when absent
     * @return the key, or empty when the value is null
     * @throws InvalidKeyException when a present value is refused
     */
    public Optional<String> renderIfPresent(KeyValue value) {
        return value == null ? Optional.empty() : Optional.of(render(value));
    }

    /**
     * @param first the first placeholder's value, or null when absent
     * @param second the second placeholder's value, or null when absent
     * @return the key, or empty when any value is null
     * @throws InvalidKeyException when a present value is refused
     */
    public Optional<String> renderIfPresent(KeyValue first, KeyValue second) {
        return first == null || second == null ? Optional.empty()
                : Optional.of(render(first, second));
    }

    /**
     * @param first the first placeholder's value, or null when absent
     * @param second the second placeholder's value, or null when absent
     * @param third the third placeholder's value, or null when absent
     * @return the key, or empty when any value is null
     * @throws InvalidKeyException when a present value is refused
     */
    public Optional<String> renderIfPresent(KeyValue first, KeyValue second, KeyValue third) {
        return first == null || second == null || third == null ? Optional.empty()
                : Optional.of(render(first, second, third));
    }

    /**
     * The key text up to the first unbound placeholder: {@code ORDER#} for
     * {@code ORDER#<createdAt>#<orderId>} with no value, {@code ORDER#2026-...#} with one; the
     * whole key when every placeholder is bound.
     *
     * @param leading values for the first placeholders, in order
     * @return the prefix
     */
    public String prefix(KeyValue... leading) {
        if (leading.length > names.size()) {
            throw new IllegalArgumentException("key template '" + template + "' has "
                    + names.size() + " placeholders, got " + leading.length + " values");
        }
        StringBuilder out = new StringBuilder(literal[0]);
        for (int i = 0; i < leading.length; i++) {
            out.append(check(i, leading[i])).append(literal[i + 1]);
        }
        return out.toString();
    }

    // Small, to inline with the render(...) that calls it.
    private String check(int index, KeyValue value) {
        if (value == null) {
            throw refused(index, null, "is missing");
        }
        return value.isFreeText() ? text(index, value.text()) : fixed(index, value.text());
    }

    /**
     * Whether {@code following} occurs in {@code text + following} before its end, that is,
     * starting inside {@code text} (even partly overlapping), without building that string.
     */
    private static boolean startsInside(String text, String following) {
        int n = text.length();
        int m = following.length();
        char first = following.charAt(0);
        for (int p = text.indexOf(first); p >= 0; p = text.indexOf(first, p + 1)) {
            int k = 1;
            while (k < m && (p + k < n ? text.charAt(p + k) : following.charAt(p + k - n))
                    == following.charAt(k)) {
                k++;
            }
            if (k == m) {
                return true;
            }
        }
        return false;
    }

    private InvalidKeyException refused(int index, String text, String problem) {
        String name = names.get(index);
        String shown = text == null ? "value" : "value '"
                + (text.length() > 64 ? text.substring(0, 64) + "..." : text) + "'";
        return new InvalidKeyException("key template '" + template + "': " + shown + " for <"
                + name + "> " + problem);
    }

    /**
     * @param key a stored key
     * @return the placeholder values by name, in template order
     * @throws InvalidKeyException when this template could not have rendered {@code key}
     */
    public Map<String, String> parse(String key) {
        return tryParse(key).orElseThrow(() -> new InvalidKeyException("key '" + key
                + "' does not match template '" + template + "'"));
    }

    /**
     * @param key a stored key
     * @return the placeholder values by name, or empty when this template could not have
     *     rendered {@code key}
     */
    public Optional<Map<String, String>> tryParse(String key) {
        if (!key.startsWith(literals.get(0))) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        int pos = literals.get(0).length();
        for (int i = 0; i < names.size(); i++) {
            String following = literals.get(i + 1);
            int end = following.isEmpty() ? key.length() : key.indexOf(following, pos + 1);
            if (end <= pos) {
                return Optional.empty();
            }
            String value = key.substring(pos, end);
            if (value.contains(delimiter)) {
                return Optional.empty();
            }
            values.put(names.get(i), value);
            pos = end + following.length();
        }
        return pos == key.length() ? Optional.of(Collections.unmodifiableMap(values))
                : Optional.empty();
    }

    /**
     * @param key a stored key
     * @return true when this template could have rendered it
     */
    public boolean matches(String key) {
        return tryParse(key).isPresent();
    }

    /**
     * The condition for a query that binds the first placeholders: equality when all are bound,
     * else begins-with the prefix.
     *
     * @param bound values for the leading placeholders
     * @return the sort-key condition
     */
    public SortKeyCondition condition(KeyValue... bound) {
        return bound.length == names.size() ? SortKeyCondition.equalTo(render(bound))
                : SortKeyCondition.beginsWith(prefix(bound));
    }

    /**
     * The condition for a query that binds the first placeholders and ranges over the next.
     * Bounds are exact on the value for fixed-width values: an inclusive upper bound includes
     * keys that continue after the placeholder; one-sided bounds stay within this template's
     * literal prefix, so they never return another entity type's items.
     *
     * @param range the range on placeholder number {@code bound.length}
     * @param bound values for the leading placeholders
     * @return the sort-key condition
     * @throws InvalidKeyException when a bound is refused or the range is empty
     */
    public SortKeyCondition condition(KeyRange<KeyValue> range, KeyValue... bound) {
        if (bound.length >= names.size()) {
            throw new IllegalArgumentException("key template '" + template
                    + "' has no placeholder left for a range");
        }
        String p = prefix(bound);
        int r = bound.length;
        if (range.kind() == KeyRange.Kind.ALL) {
            return SortKeyCondition.beginsWith(p);
        }
        if (range.kind() == KeyRange.Kind.BEGINS_WITH) {
            String partial = range.prefix();
            return SortKeyCondition.beginsWith(
                    p + (partial.isEmpty() ? "" : check(r, KeyValue.text(partial))));
        }
        String following = literals.get(r + 1);
        String low = RangeBounds.low(range.kind(), p,
                range.low() == null ? null : check(r, range.low()), following);
        String high = RangeBounds.high(range.kind(), p,
                range.high() == null ? null : check(r, range.high()), following, kind.maxBytes());
        if (Utf8.compare(low, high) > 0) {
            throw new InvalidKeyException("key template '" + template + "': empty range " + range);
        }
        return SortKeyCondition.between(sized(low), sized(high));
    }

    @Override
    public String toString() {
        return template;
    }
}
