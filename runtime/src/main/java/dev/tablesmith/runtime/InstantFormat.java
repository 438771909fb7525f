package dev.tablesmith.runtime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

    private String iso(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(),
                instant.getNano(), ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(width);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append('T');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2);
        if (this == ISO_MILLIS) {
            pad(out.append('.'), t.getNano() / 1_000_000, 3);
        }
        return this == ISO_LOCAL ? out.toString() : out.append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int digits) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < digits; i++) {
            out.append('0');
        }
        return out.append(text);
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
            checkShape(text);
            LocalDateTime t = LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 2),
                    digits(text, 8, 2), digits(text, 11, 2), digits(text, 14, 2),
                    digits(text, 17, 2),
                    this == ISO_MILLIS ? digits(text, 20, 3) * 1_000_000 : 0);
            return t.toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            if (e instanceof InvalidValueException) {
                throw e;
            }
            throw new InvalidValueException("'" + text + "' is not a " + this + " instant");
        }
    }

    private void checkShape(String text) {
        String shape = "dddd-dd-ddTdd:dd:dd.dddZ";
        boolean ok = text.length() == width;
        for (int i = 0; ok && i < width; i++) {
            char expected = this == ISO_MILLIS || i < 19 ? shape.charAt(i) : 'Z';
            char c = text.charAt(i);
            ok = expected == 'd' ? c >= '0' && c <= '9' : c == expected;
        }
        if (!ok) {
            throw new InvalidValueException("'" + text + "' is not a " + this + " instant");
        }
    }

    private static int digits(String text, int start, int count) {
        return Integer.parseInt(text, start, start + count, 10);
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
