package dev.tablesmith.runtime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One value to put into a key template placeholder, already in its key form.
 *
 * <p>Free text ({@link #text}) is guarded when rendered: it may not be empty, contain the
 * delimiter, or contain the literal text that follows its placeholder. The other forms are
 * fixed-width or drawn from a closed set the model checker has proven safe, so only emptiness is
 * checked. Every factory returns {@code null} for a {@code null} input, so an absent optional
 * attribute flows into {@link KeyTemplate#renderIfPresent} as "no key".
 */
public final class KeyValue {
    private static final int MAX_PAD = 19;
    // ZEROS[n] is n zeros.
    private static final String[] ZEROS = new String[MAX_PAD + 1];

    static {
        for (int i = 0; i < ZEROS.length; i++) {
            ZEROS[i] = "0".repeat(i);
        }
    }

    private final String text;
    private final boolean freeText;

    private KeyValue(String text, boolean freeText) {
        this.text = text;
        this.freeText = freeText;
    }

    /**
     * @param value free text (a string attribute), guarded when rendered
     * @return the key value, or null for null
     */
    public static KeyValue text(String value) {
        return value == null ? null : new KeyValue(value, true);
    }

    /**
     * @param value text from a closed set the model checker proved safe (an enum's stored value)
     * @return the key value, or null for null
     */
    public static KeyValue fixed(String value) {
        return value == null ? null : new KeyValue(value, false);
    }

    /**
     * @param value a boolean
     * @return {@code true} or {@code false}, or null for null
     */
    public static KeyValue of(Boolean value) {
        return value == null ? null : new KeyValue(value.toString(), false);
    }

    /**
     * @param value a number, unpadded (for partition keys, where order does not matter)
     * @return the key value, or null for null
     */
    public static KeyValue number(Long value) {
        return value == null ? null : new KeyValue(value.toString(), false);
    }

    /**
     * @param value a non-negative number
     * @param width the number of digits; shorter values get leading zeros
     * @return the zero-padded key value, or null for null
     * @throws InvalidKeyException when the value is negative or has more than {@code width} digits
     */
    public static KeyValue padded(Long value, int width) {
        return value == null ? null : padded(value.longValue(), width);
    }

    /**
     * @param value a non-negative number
     * @param width the number of digits; shorter values get leading zeros
     * @return the zero-padded key value
     * @throws InvalidKeyException when the value is negative or has more than {@code width} digits
     */
    public static KeyValue padded(long value, int width) {
        // Small, so it can inline where it is called (and the KeyValue need not be allocated);
        // the digits are written apart.
        return new KeyValue(paddedText(value, width), false);
    }

    private static String paddedText(long value, int width) {
        if (width < 1 || width > MAX_PAD) {
            throw new IllegalArgumentException("pad width must be 1.." + MAX_PAD + ": " + width);
        }
        if (value < 0) {
            throw new InvalidKeyException("padded key number " + value + " is negative");
        }
        // Long.toString writes the digits two at a time; the zeros are constants.
        String digits = Long.toString(value);
        int zeros = width - digits.length();
        if (zeros < 0) {
            throw new InvalidKeyException("key number " + value + " does not fit pad " + width);
        }
        return zeros == 0 ? digits : ZEROS[zeros].concat(digits);
    }

    /**
     * @param value a time in years 0000-9999
     * @param format its stored form
     * @return the key value, or null for null
     * @throws InvalidKeyException when the year is out of range
     */
    public static KeyValue instant(Instant value, InstantFormat format) {
        if (value == null) {
            return null;
        }
        try {
            return new KeyValue(format.format(value), false);
        } catch (InvalidValueException e) {
            throw new InvalidKeyException(e.getMessage());
        }
    }

    /**
     * @param value a time in years 0000-9999
     * @return the key value in {@link InstantFormat#ISO_MILLIS}, or null for null
     */
    public static KeyValue instant(Instant value) {
        return instant(value, InstantFormat.ISO_MILLIS);
    }

    /**
     * @param value a date in years 0000-9999
     * @return {@code YYYY-MM-DD}, or null for null
     */
    public static KeyValue date(LocalDate value) {
        if (value == null) {
            return null;
        }
        if (value.getYear() < 0 || value.getYear() > 9999) {
            throw new InvalidKeyException("date " + value + " is outside years 0000-9999");
        }
        return new KeyValue(value.toString(), false);
    }

    /**
     * @param text a padded number taken from a parsed key
     * @return the number
     * @throws InvalidKeyException when the text is not digits
     */
    public static long parsePadded(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidKeyException("'" + text + "' is not a padded number");
        }
        return Long.parseLong(text);
    }

    /**
     * @param text a date taken from a parsed key
     * @return the date
     * @throws InvalidKeyException when the text is not {@code YYYY-MM-DD}
     */
    public static LocalDate parseDate(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            // fall through to the typed error
        }
        throw new InvalidKeyException("'" + text + "' is not a YYYY-MM-DD date");
    }

    /** @return the value as it appears in the key */
    public String text() {
        return text;
    }

    /** @return true for free text, which rendering guards against forging other keys */
    public boolean isFreeText() {
        return freeText;
    }

    @Override
    public String toString() {
        return text;
    }
}
