package dev.tablesmith.runtime.internal;

/**
 * UTF-8 facts about Java strings, computed without encoding them: DynamoDB measures sizes in
 * UTF-8 bytes and orders strings by their UTF-8 bytes, which is code point order (not the UTF-16
 * order of {@link String#compareTo}).
 */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * @param text any text
     * @return its length in UTF-8 bytes (an unpaired surrogate counts as 3, as the JDK encodes '?')
     */
    public static long length(CharSequence text) {
        long bytes = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * @param a a string
     * @param b another string
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b} in
     *     UTF-8 byte order (DynamoDB's order for S keys)
     */
    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
