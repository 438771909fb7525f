package dev.tablesmith.runtime;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The expression attribute names and values of one request, allocated by position: every
 * attribute name becomes {@code #n0}, {@code #n1}, ... (the same name always the same
 * placeholder) and every value {@code :v0}, {@code :v1}, ... Names are never scrubbed or
 * spliced into expressions, so names with {@code .}, {@code -}, {@code #}, {@code :}, spaces,
 * non-ASCII letters or DynamoDB reserved words all work.
 */
public final class Placeholders {
    // The first placeholders' texts, made once: most expressions need only a few.
    private static final String[] NAMES = firstTexts("#n");
    private static final String[] VALUES = firstTexts(":v");

    private final Map<String, String> nameToPlaceholder = new HashMap<>(8);
    private final Map<String, String> names = new LinkedHashMap<>(8);
    private final Map<String, AttributeValue> values = new LinkedHashMap<>(8);

    /** Creates an empty allocator for one request. */
    public Placeholders() {
    }

    /**
     * @param attribute an attribute name, taken literally (not a document path)
     * @return its placeholder
     */
    public String name(String attribute) {
        String placeholder = nameToPlaceholder.get(attribute);
        if (placeholder == null) {
            placeholder = numbered(NAMES, "#n", names.size());
            nameToPlaceholder.put(attribute, placeholder);
            names.put(placeholder, attribute);
        }
        return placeholder;
    }

    /**
     * @param value a value
     * @return a new placeholder for it
     */
    public String value(AttributeValue value) {
        String placeholder = numbered(VALUES, ":v", values.size());
        values.put(placeholder, value);
        return placeholder;
    }

    /** @return placeholder to attribute name, or null when none (as requests want) */
    public Map<String, String> names() {
        return names.isEmpty() ? null : Collections.unmodifiableMap(names);
    }

    /** @return placeholder to value, or null when none (as requests want) */
    public Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : Collections.unmodifiableMap(values);
    }

    private static String[] firstTexts(String prefix) {
        String[] texts = new String[16];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = prefix + i;
        }
        return texts;
    }

    private static String numbered(String[] made, String prefix, int index) {
        return index < made.length ? made[index] : prefix + index;
    }
}
