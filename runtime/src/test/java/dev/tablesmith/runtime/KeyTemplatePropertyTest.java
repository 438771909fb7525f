package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.internal.Utf8;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded property tests: each runs thousands of cases from a fixed seed (named on failure). */
class KeyTemplatePropertyTest {
    private static final long SEED = 20261121L;
    private static final int CASES = 20_000;
    private static final long MIN_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long MAX_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    private static final String[] ALPHABET = {"A", "B", "#", "-", "é", "😀", "0", " ", "##",
            "ORDER"};

    private static long number(Random random) {
        // spread over every magnitude, not just huge values
        return random.nextInt(4) == 0 ? random.nextInt(1000)
                : (long) (random.nextDouble() * Math.pow(10, random.nextInt(19)));
    }

    private static Instant instant(Random random) {
        long second = switch (random.nextInt(4)) {
            case 0 -> random.nextLong(-100_000, 100_000);                   // around 1970
            case 1 -> random.nextLong(MIN_SECOND, 0);                      // before 1970
            default -> random.nextLong(MIN_SECOND, MAX_SECOND + 1);
        };
        int nanos = switch (random.nextInt(3)) {
            case 0 -> 0;                                                  // whole seconds
            case 1 -> random.nextInt(1000) * 1_000_000;                   // whole millis
            default -> random.nextInt(1_000_000_000);                     // truncated nanos
        };
        return Instant.ofEpochSecond(second, nanos);
    }

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            out.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return random.nextInt(20) == 0 ? "" : out.toString();
    }

    @Test
    void paddedNumberOrderEqualsNumericOrder() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            long a = number(random);
            long b = number(random);
            int byKey = Integer.signum(Utf8.compare(KeyValue.padded(a, 19).text(),
                    KeyValue.padded(b, 19).text()));
            assertEquals(Integer.signum(Long.compare(a, b)), byKey, "seed " + SEED + " case " + i
                    + ": " + a + " vs " + b);
        }
        assertEquals("9223372036854775807", KeyValue.padded(Long.MAX_VALUE, 19).text());
    }

    @Test
    void instantStringOrderEqualsTimeOrder() {
        Random random = new Random(SEED + 1);
        for (InstantFormat format : List.of(InstantFormat.ISO_MILLIS, InstantFormat.ISO_SECONDS,
                InstantFormat.ISO_LOCAL)) {
            for (int i = 0; i < CASES; i++) {
                Instant a = instant(random);
                Instant b = random.nextInt(10) == 0 ? a.plusNanos(random.nextInt(2_000_000))
                        : instant(random);
                String ka = KeyValue.instant(a, format).text();
                String kb = KeyValue.instant(b, format).text();
                String where = "seed " + (SEED + 1) + " " + format + " case " + i + ": " + a
                        + " vs " + b;
                assertEquals(Integer.signum(format.truncate(a).compareTo(format.truncate(b))),
                        Integer.signum(Utf8.compare(ka, kb)), where);
                assertEquals(format.truncate(a), format.parse(ka), where);
                assertEquals(ka.length(), kb.length(), "fixed width: " + where);
            }
        }
    }

    @Test
    void renderParseRoundTrip() {
        Random random = new Random(SEED + 2);
        List<KeyTemplate> templates = List.of(KeyTemplate.sort("ORDER#<a>#<b>"),
                KeyTemplate.sort("<a>-<b>"), KeyTemplate.partition("X<a>##<b>#<c>"),
                        KeyTemplate.sort("<a>#END"));
        int rendered = 0;
        for (int i = 0; i < CASES; i++) {
            KeyTemplate t = templates.get(random.nextInt(templates.size()));
            KeyValue[] values = new KeyValue[t.placeholders().size()];
            Map<String, String> expected = new HashMap<>();
            for (int v = 0; v < values.length; v++) {
                String s = text(random);
                values[v] = KeyValue.text(s);
                expected.put(t.placeholders().get(v), s);
            }
            String key;
            try {
                key = t.render(values);
            } catch (InvalidKeyException refused) {
                continue;
            }
            rendered++;
            assertEquals(expected, t.parse(key), "seed " + (SEED + 2) + " case " + i + " " + t
                    + " -> " + key);
        }
        assertTrue(rendered > CASES / 10, "enough cases rendered to mean something: " + rendered);
    }

    @Test
    void noTwoDifferentValueListsRenderTheSameKey() {
        KeyTemplate t = KeyTemplate.sort("<a>#<b>");
        assertEquals(0, renderable(t, "A#", "B"), "(A#, B) is refused");
        assertEquals(0, renderable(t, "A", "#B"), "(A, #B) is refused");
        Random random = new Random(SEED + 3);
        Map<String, List<String>> seen = new HashMap<>();
        for (int i = 0; i < CASES; i++) {
            String a = text(random);
            String b = text(random);
            if (renderable(t, a, b) == 1) {
                List<String> previous = seen.putIfAbsent(t.render(KeyValue.text(a),
                        KeyValue.text(b)), List.of(a, b));
                assertTrue(previous == null || previous.equals(List.of(a, b)),
                        "seed " + (SEED + 3) + ": " + previous + " and " + List.of(a, b)
                                + " render the same key");
            }
        }
        assertTrue(seen.size() > 100);
    }

    private static int renderable(KeyTemplate t, String a, String b) {
        try {
            t.render(KeyValue.text(a), KeyValue.text(b));
            return 1;
        } catch (InvalidKeyException e) {
            return 0;
        }
    }

    @Test
    void noValueRendersAnotherEntitysKey() {
        KeyTemplate user = KeyTemplate.partition("u#<userId>");
        KeyTemplate followers = KeyTemplate.partition("u#<userId>#follower");
        Random random = new Random(SEED + 4);
        int rendered = 0;
        for (int i = 0; i < CASES; i++) {
            String id = text(random) + (random.nextBoolean() ? "#follower" : "");
            try {
                String key = user.render(KeyValue.text(id));
                rendered++;
                assertFalse(followers.matches(key), "seed " + (SEED + 4) + ": user id " + id);
                assertFalse(user.matches(followers.render(KeyValue.text(id))), id);
            } catch (InvalidKeyException refused) {
                assertTrue(id.isEmpty() || id.contains("#"), "only empty or '#' ids are refused: "
                        + id);
            }
        }
        assertTrue(rendered > 100);
        assertThrows(InvalidKeyException.class, () -> user.render(KeyValue.text("x#follower")));
    }

    @Test
    void rangeConditionsSelectExactlyTheItemsInRange() {
        Random random = new Random(SEED + 5);
        KeyTemplate t = KeyTemplate.sort("ORDER#<createdAt>#<id>");
        List<Instant> times = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Instant at = InstantFormat.ISO_MILLIS.truncate(instant(random));
            times.add(at);
            keys.add(t.render(KeyValue.instant(at), KeyValue.text(text(random).replace("#", "x")
                    + "i")));
        }
        keys.add("ORDEQ");    // other entity types sorting just around the prefix
        keys.add("ORDES");
        for (int i = 0; i < 500; i++) {
            Instant x = times.get(random.nextInt(times.size()));
            Instant y = random.nextBoolean() ? times.get(random.nextInt(times.size()))
                    : instant(random);
            Instant low = x.isAfter(y) ? y : x;
            Instant high = x.isAfter(y) ? x : y;
            check(t, keys, times, KeyRange.between(low, high), at -> !at.isBefore(low)
                    && !at.isAfter(high));
            Instant pivot = InstantFormat.ISO_MILLIS.truncate(high);
            check(t, keys, times, KeyRange.after(pivot), at -> at.isAfter(pivot));
            check(t, keys, times, KeyRange.before(pivot), at -> at.isBefore(pivot));
            check(t, keys, times, KeyRange.atMost(pivot), at -> !at.isAfter(pivot));
            check(t, keys, times, KeyRange.atLeast(pivot), at -> !at.isBefore(pivot));
        }
    }

    private static void check(KeyTemplate t, List<String> keys, List<Instant> times,
            KeyRange<Instant> range,
            java.util.function.Predicate<Instant> expected) {
        SortKeyCondition c = t.condition(range.map(KeyValue::instant));
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            boolean selected = Utf8.compare(c.value().s(), key) <= 0 && Utf8.compare(key, c.high()
                    .s()) <= 0;
            boolean wanted = i < times.size() && expected.test(times.get(i));
            assertEquals(wanted, selected, range + " on " + key);
        }
    }
}
