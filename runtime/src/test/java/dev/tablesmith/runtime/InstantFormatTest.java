package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ISO forms are parsed by hand, digit by digit, so they are checked here against java.time:
 * every valid text reads back as java.time reads it, and every text java.time refuses (or that
 * is not exactly the form) is refused.
 */
class InstantFormatTest {
    private static final InstantFormat[] ISO = {
        InstantFormat.ISO_MILLIS, InstantFormat.ISO_SECONDS, InstantFormat.ISO_LOCAL};
    private static final long MIN = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long MAX = 253_402_300_799L; // 9999-12-31T23:59:59Z

    @Test
    void everyValidTextReadsBackAsJavaTimeReadsIt() {
        Random random = new Random(20261122L);
        List<Instant> instants = new ArrayList<>(List.of(Instant.ofEpochSecond(MIN),
                Instant.ofEpochSecond(MAX, 999_999_999), Instant.EPOCH,
                Instant.parse("2000-02-29T23:59:59.999Z"), Instant.parse("1900-03-01T00:00:00Z"),
                Instant.parse("0000-02-29T12:00:00Z"), Instant.parse("2100-12-31T00:00:00Z")));
        for (int i = 0; i < 20_000; i++) {
            instants.add(Instant.ofEpochSecond(MIN + Math.floorMod(random.nextLong(), MAX - MIN),
                    random.nextInt(1_000_000_000)));
        }
        for (Instant instant : instants) {
            for (InstantFormat format : ISO) {
                String text = format.format(instant);
                Instant expected = LocalDateTime.parse(text.replace("Z", ""))
                        .toInstant(ZoneOffset.UTC);
                assertEquals(expected, format.parse(text), text);
                assertEquals(format.truncate(instant), format.parse(text), text);
            }
        }
    }

    @Test
    void datesThatDoNotExistAreRefused() {
        for (String date : List.of("2026-02-29", "2100-02-29", "1900-02-29", "2026-04-31",
                "2026-06-31", "2026-09-31", "2026-11-31", "2026-13-01", "2026-00-10",
                "2026-01-00", "2026-01-32")) {
            String text = date + "T10:15:30.000Z";
            assertThrows(InvalidValueException.class,
                    () -> InstantFormat.ISO_MILLIS.parse(text), text);
            assertThrows(java.time.DateTimeException.class,
                    () -> DateTimeFormatter.ISO_LOCAL_DATE.parse(date,
                            java.time.LocalDate::from), date);
        }
        for (String time : List.of("24:00:00", "23:60:00", "23:59:60")) {
            assertThrows(InvalidValueException.class,
                    () -> InstantFormat.ISO_SECONDS.parse("2026-01-01T" + time + "Z"), time);
        }
        assertEquals(Instant.parse("2024-02-29T00:00:00Z"),
                InstantFormat.ISO_SECONDS.parse("2024-02-29T00:00:00Z"));
    }

    @Test
    void everyCharacterOutOfPlaceIsRefused() {
        for (InstantFormat format : ISO) {
            String valid = format.format(Instant.parse("2026-11-22T10:15:30.123Z"));
            for (int at = 0; at < valid.length(); at++) {
                for (char c : new char[] {'/', ':', '0' - 1, '9' + 1, 'a', ' ', '-', '.', 'Z',
                        'T', '\u0660'}) {
                    String text = valid.substring(0, at) + c + valid.substring(at + 1);
                    if (text.equals(valid)) {
                        continue;
                    }
                    boolean digitSwap = Character.isDigit(valid.charAt(at))
                            && c >= '0' && c <= '9';
                    if (!digitSwap) {
                        assertThrows(InvalidValueException.class, () -> format.parse(text),
                                format + " " + text);
                    }
                }
            }
            assertThrows(InvalidValueException.class, () -> format.parse(valid + "0"));
            assertThrows(InvalidValueException.class,
                    () -> format.parse(valid.substring(1)));
            assertThrows(InvalidValueException.class, () -> format.parse(""));
        }
    }
}
