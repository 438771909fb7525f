package dev.tablesmith.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How an {@code instant} attribute is stored. The three ISO forms are fixed-width UTC strings, so
 * string order is time order; they truncate toward the past (never round), which keeps order.
 * Years outside 0000-9999 are refused by every form.
 */
public enum InstantFormat {
    /** {@code 2026-11-21T10:15:30.000Z}: milliseconds always (the default). */
    ISO_MILLIS(24),
    /** {@code 2026-11-21T10:15:30Z}. */
    ISO_SECONDS(20),
    /** {@code 2026-11-21T10:15:30}: no zone, read as UTC. */
    ISO_LOCAL(19),
    /** Whole seconds since 1970 as a number (N). */
    EPOCH_SECONDS(0),
    /** Milliseconds since 1970 as a number (N). */
    EPOCH_MILLIS(0);

    private static final long MIN_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long MAX_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long DAYS_0000_TO_1970 = 719_528L;

    private final int width;

    InstantFormat(int width) {
        this.width = width;
    }

    /** @return true when stored as a number (N) rather than a string (S) */
    public boolean isNumeric() {
        return width == 0;
    }

    /**
     * @param instant a time in 0000-9999
     * @return its stored text (digits for the epoch forms)
     * @throws InvalidValueException when the year is outside 0000-9999
     */
    public String format(Instant instant) {
        checkRange(instant);
        switch (this) {
            case EPOCH_SECONDS:
                return Long.toString(instant.getEpochSecond());
            case EPOCH_MILLIS:
                return Long.toString(instant.toEpochMilli());
            default:
                return iso(instant);
        }
    }

    private static void checkRange(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < MIN_SECOND || second > MAX_SECOND) {
            throw new InvalidValueException("instant " + instant
                    + " is outside years 0000-9999, which fixed-width storage needs");
        }
    }

    // Digits written into a char array: no formatter, no intermediate strings. This runs for
    // every instant attribute and key an item holds.
    private String iso(Instant instant) {
        long seconds = instant.getEpochSecond();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        char[] out = new char[width];
        digits(out, 0, date.getYear(), 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        if (this == ISO_MILLIS) {
            out[19] = '.';
            digits(out, 20, instant.getNano() / 1_000_000, 3);
        }
        if (this != ISO_LOCAL) {
            out[width - 1] = 'Z';
        }
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * @param text stored text in exactly this format
     * @return the instant
     * @throws InvalidValueException when the text is not in this format
     */
    public Instant parse(String text) {
        // Small, so the JIT inlines it and reaches parseIso with one call.
        return isNumeric() ? parseEpoch(text) : parseIso(text);
    }

    private Instant parseEpoch(String text) {
        try {
            long value = Long.parseLong(text);
            return this == EPOCH_SECONDS ? Instant.ofEpochSecond(value)
                    : Instant.ofEpochMilli(value);
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            throw notThis(text);
        }
    }

    // One pass, no formatter and no LocalDate: digits and separators are checked without a
    // branch each (a bad digit turns its field into -1; the separators are xor-ed with what they
    // must be and or-ed together, so one test covers them all), and the day is counted from the
    // year, month and day directly. This runs for every instant an item holds.
    private Instant parseIso(String text) {
        if (text.length() != width) {
            throw notThis(text);
        }
        int separators = text.charAt(4) ^ '-' | text.charAt(7) ^ '-' | text.charAt(10) ^ 'T'
                | text.charAt(13) ^ ':' | text.charAt(16) ^ ':';
        int year = digits4(text, 0);
        int month = digits2(text, 5);
        int day = digits2(text, 8);
        int hour = digits2(text, 11);
        int minute = digits2(text, 14);
        int second = digits2(text, 17);
        int milli = 0;
        if (this == ISO_MILLIS) {
            separators |= text.charAt(19) ^ '.';
            milli = digits3(text, 20);
        }
        if (this != ISO_LOCAL) {
            separators |= text.charAt(width - 1) ^ 'Z';
        }
        if (separators != 0 || (year | month | day | hour | minute | second | milli) < 0
                || hour > 23 || minute > 59 || second > 59 || month < 1 || month > 12 || day < 1
                || day > monthLength(year, month)) {
            throw notThis(text);
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600
                + minute * 60 + second, milli * 1_000_000L);
    }

    // Each returns the number its digits spell, or -1 when one is not a digit: a digit d is
    // good when both d and 9 - d are at least 0, so the or of them all is negative exactly when
    // one is bad, and its sign bit, spread by >> 31, turns the result into -1.

    private static int digits2(String text, int at) {
        int a = text.charAt(at) - '0';
        int b = text.charAt(at + 1) - '0';
        return (a | b | 9 - a | 9 - b) >> 31 | a * 10 + b;
    }

    private static int digits3(String text, int at) {
        int a = text.charAt(at) - '0';
        int b = text.charAt(at + 1) - '0';
        int c = text.charAt(at + 2) - '0';
        return (a | b | c | 9 - a | 9 - b | 9 - c) >> 31 | a * 100 + b * 10 + c;
    }

    private static int digits4(String text, int at) {
        int high = digits2(text, at);
        int low = digits2(text, at + 2);
        return (high | low) >> 31 | high * 100 + low;
    }

    private InvalidValueException notThis(String text) {
        return new InvalidValueException("'" + text + "' is not a " + this + " instant");
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int monthLength(int year, int month) {
        return month == 2 ? (isLeap(year) ? 29 : 28)
                : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days from 1970-01-01 to a valid date of years 0000-9999 (as LocalDate counts them). */
    static long epochDay(int year, int month, int day) {
        long days = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400
                + (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            days -= isLeap(year) ? 1 : 2;
        }
        return days - DAYS_0000_TO_1970;
    }

    /**
     * @param instant any instant
     * @return the instant as this format keeps it (truncated toward the past)
     */
    public Instant truncate(Instant instant) {
        return switch (this) {
            case ISO_MILLIS, EPOCH_MILLIS -> instant.truncatedTo(ChronoUnit.MILLIS);
            default -> instant.truncatedTo(ChronoUnit.SECONDS);
        };
    }
}
