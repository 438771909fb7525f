package dev.tablesmith.runtime.internal;

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
}
