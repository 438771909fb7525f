package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.KeyRange;

/**
 * String bounds in DynamoDB's key order (UTF-8 bytes, that is code points): the first string
 * past every key that starts with a prefix, the last string before a key, and the greatest key of
 * a given size limit that starts with a prefix.
 */
public final class RangeBounds {
    private static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;

    private RangeBounds() {
    }

    /**
     * @param prefix a non-empty prefix
     * @return the smallest string greater than every string that starts with {@code prefix}
     *     (its last code point incremented)
     */
    public static String pastPrefix(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        String head = prefix.substring(0, prefix.length() - Character.charCount(last));
        if (last == MAX_CODE_POINT) {
            return pastPrefix(head);
        }
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return head + Character.toString(next);
    }

    /**
     * @param key a non-empty key
     * @param limit the key size limit in bytes
     * @return the greatest string of at most {@code limit} bytes that is less than {@code key}
     */
    public static String before(String key, long limit) {
        int last = key.codePointBefore(key.length());
        String head = key.substring(0, key.length() - Character.charCount(last));
        if (last == 0) {
            return head;
        }
        int previous = last - 1 == Character.MAX_SURROGATE ? Character.MIN_SURROGATE - 1 : last - 1;
        return greatestWithPrefix(head + Character.toString(previous), limit);
    }

    /**
     * @param prefix a prefix
     * @param limit the key size limit in bytes
     * @return the greatest string of at most {@code limit} bytes that starts with {@code prefix}:
     *     the prefix filled with the largest code points that fit
     */
    public static String greatestWithPrefix(String prefix, long limit) {
        long room = limit - Utf8.length(prefix);
        StringBuilder out = new StringBuilder(prefix);
        for (; room >= 4; room -= 4) {
            out.appendCodePoint(MAX_CODE_POINT);
        }
        if (room == 3) {
            out.append('\uFFFF');
        } else if (room == 2) {
            out.append('\u07FF');
        } else if (room == 1) {
            out.append('\u007F');
        }
        return out.toString();
    }

    /**
     * The lowest sort key a range on one placeholder's value admits.
     *
     * @param kind the range's shape (not ALL or BEGINS_WITH)
     * @param prefix the key text before the placeholder
     * @param value the checked lower bound's text, or null when the range has none
     * @param following the literal text after the placeholder ("" at the end)
     * @return the inclusive low key
     */
    public static String low(KeyRange.Kind kind, String prefix, String value, String following) {
        return switch (kind) {
            case AT_LEAST, BETWEEN -> prefix + value;
            // past every key whose value equals the bound, even keys continuing after it
            case AFTER -> following.isEmpty() ? prefix + value + '\0'
                    : pastPrefix(prefix + value + following);
            default -> prefix;
        };
    }

    /**
     * The highest sort key a range on one placeholder's value admits.
     *
     * @param kind the range's shape (not ALL or BEGINS_WITH)
     * @param prefix the key text before the placeholder
     * @param value the checked upper bound's text, or null when the range has none
     * @param following the literal text after the placeholder ("" at the end)
     * @param limit the key size limit in bytes
     * @return the inclusive high key
     */
    public static String high(KeyRange.Kind kind, String prefix, String value, String following,
            long limit) {
        return switch (kind) {
            // every key whose value equals the bound, even keys continuing after it
            case AT_MOST, BETWEEN -> following.isEmpty() ? prefix + value
                    : greatestWithPrefix(prefix + value + following, limit);
            case BEFORE -> before(prefix + value, limit);
            // closed by the entity's literal prefix: never another entity type's keys
            default -> greatestWithPrefix(prefix, limit);
        };
    }
}
