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
        try {
            if (isNumeric()) {
                long value = Long.parseLong(text);
                return this == EPOCH_SECONDS ? Instant.ofEpochSecond(value)
                        : Instant.ofEpochMilli(value);
            }
            return parseIso(text);
        } catch (RuntimeException e) {
            if (e instanceof InvalidValueException) {
                throw e;
            }
            throw new InvalidValueException("'" + text + "' is not a " + this + " instant");
        }
    }

    // Separators and digits checked as they are read: one pass, no formatter.
    private Instant parseIso(String text) {
        boolean millis = this == ISO_MILLIS;
        if (text.length() != width || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || millis && text.charAt(19) != '.'
                || this != ISO_LOCAL && text.charAt(width - 1) != 'Z') {
            throw new InvalidValueException("'" + text + "' is not a " + this + " instant");
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        int milli = millis ? number(text, 20, 3) : 0;
        if ((year | month | day | hour | minute | second | milli) < 0 || hour > 23
                || minute > 59 || second > 59) {
            throw new InvalidValueException("'" + text + "' is not a " + this + " instant");
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second,
                milli * 1_000_000L);
    }

    /** @return the number the digits spell, or -1 when one is not a digit */
    private static int number(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
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
