package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeyTemplateTest {
    private static final KeyTemplate ORDER_SK = KeyTemplate.sort("ORDER#<createdAt>#<orderId>");
    private static final KeyTemplate USER_PK = KeyTemplate.partition("u#<userId>");

    @Test
    void render_insertsValuesInOrder() {
        Instant t = Instant.parse("2026-11-21T10:15:29Z");
        assertEquals("ORDER#2026-11-21T10:15:29.000Z#o-1",
                ORDER_SK.render(KeyValue.instant(t), KeyValue.text("o-1")));
        assertEquals("ORDER#2026-11-21T10:15:29.000Z#o-1", ORDER_SK.render(Map.of(
                "createdAt", KeyValue.instant(t), "orderId", KeyValue.text("o-1"))));
    }

    @Test
    void render_constantTemplate() {
        KeyTemplate profile = KeyTemplate.sort("PROFILE");
        assertTrue(profile.isConstant());
        assertEquals("PROFILE", profile.render());
    }

    @Test
    void render_refusesEmptyAndMissingValues() {
        InvalidKeyException empty = assertThrows(InvalidKeyException.class,
                () -> USER_PK.render(KeyValue.text("")));
        assertEquals("key template 'u#<userId>': value '' for <userId> is empty",
                empty.getMessage());
        InvalidKeyException missing = assertThrows(InvalidKeyException.class,
                () -> ORDER_SK.render(Map.of("orderId", KeyValue.text("o-1"))));
        assertEquals("key template 'ORDER#<createdAt>#<orderId>': value for <createdAt> is missing",
                missing.getMessage());
    }

    @Test
    void render_refusesDelimiterAtEndOfTemplate() {
        // u#<userId> beside u#<userId>#follower: a user id of x#follower must not forge a key.
        InvalidKeyException e = assertThrows(InvalidKeyException.class,
                () -> USER_PK.render(KeyValue.text("x#follower")));
        assertEquals("key template 'u#<userId>': value 'x#follower' for <userId> contains the"
                + " delimiter '#'", e.getMessage());
    }

    @Test
    void render_refusesTextThatFollowsThePlaceholder() {
        KeyTemplate t = KeyTemplate.parse("A<a>--<b>", KeyTemplate.Kind.SORT, "#");
        assertEquals("Ax--y", t.render(KeyValue.text("x"), KeyValue.text("y")));
        InvalidKeyException inside = assertThrows(InvalidKeyException.class,
                () -> t.render(KeyValue.text("x--z"), KeyValue.text("y")));
        assertTrue(inside.getMessage().contains("contains the text '--' that follows it"));
        // "x-" does not contain "--" but "x-" + "--" would be read back as "x" + "-..."
        assertThrows(InvalidKeyException.class, () -> t.render(KeyValue.text("x-"),
                KeyValue.text("y")));
    }

    @Test
    void render_fixedValuesAreNotGuardedForDelimiter() {
        KeyTemplate t = KeyTemplate.parse("S:<status>", KeyTemplate.Kind.PARTITION, ":");
        // instants contain ':' - a fixed-width value is proven safe by the checker, not here
        assertEquals("S:A:B", t.render(KeyValue.fixed("A:B")));
        assertThrows(InvalidKeyException.class, () -> t.render(KeyValue.text("A:B")));
    }

    @Test
    void render_refusesKeysOverTheSizeLimit() {
        KeyTemplate sort = KeyTemplate.sort("S#<v>");
        assertEquals(1024, sort.render(KeyValue.text("x".repeat(1022))).length());
        InvalidKeyException e = assertThrows(InvalidKeyException.class,
                () -> sort.render(KeyValue.text("x".repeat(1023))));
        assertTrue(e.getMessage().contains("1025 UTF-8 bytes, over the SORT key limit of 1024"));
        KeyTemplate partition = KeyTemplate.partition("P#<v>");
        // 'é' is two UTF-8 bytes: 2 + 1023 * 2 = 2048 fits, one more does not
        partition.render(KeyValue.text("é".repeat(1023)));
        assertThrows(InvalidKeyException.class,
                () -> partition.render(KeyValue.text("é".repeat(1023) + "x")));
    }

    @Test
    void padded_zeroPadsAndRefusesNegativeAndOverflow() {
        assertEquals("000042", KeyValue.padded(42L, 6).text());
        assertEquals("999999", KeyValue.padded(999_999L, 6).text());
        assertEquals("refused", message(() -> KeyValue.padded(-1L, 6)));
        assertEquals("refused", message(() -> KeyValue.padded(1_000_000L, 6)));
        assertEquals(42L, KeyValue.parsePadded("000042"));
        assertThrows(InvalidKeyException.class, () -> KeyValue.parsePadded("-42"));
    }

    private static String message(Runnable r) {
        try {
            r.run();
            return "accepted";
        } catch (InvalidKeyException e) {
            return "refused";
        }
    }

    @Test
    void instant_isFixedWidthWithMillisecondsAlways() {
        assertEquals("2026-11-21T10:15:29.000Z",
                KeyValue.instant(Instant.parse("2026-11-21T10:15:29Z")).text());
        assertEquals("1969-12-31T23:59:59.999Z", KeyValue.instant(Instant.ofEpochMilli(-1)).text());
        assertEquals("0000-01-01T00:00:00.000Z",
                KeyValue.instant(Instant.parse("0000-01-01T00:00:00Z")).text());
        assertEquals("9999-12-31T23:59:59.999Z",
                KeyValue.instant(Instant.parse("9999-12-31T23:59:59.999999999Z")).text());
        assertEquals("2026-11-21T10:15:29Z",
                KeyValue.instant(Instant.parse("2026-11-21T10:15:29.5Z"),
                        InstantFormat.ISO_SECONDS).text());
        assertEquals("2026-11-21T10:15:29",
                KeyValue.instant(Instant.parse("2026-11-21T10:15:29.5Z"), InstantFormat.ISO_LOCAL)
                        .text());
        assertThrows(InvalidKeyException.class,
                () -> KeyValue.instant(Instant.parse("-0001-12-31T23:59:59Z")));
        assertThrows(InvalidKeyException.class,
                () -> KeyValue.instant(Instant.parse("+10000-01-01T00:00:00Z")));
        assertEquals(Instant.parse("1969-12-31T23:59:59.999Z"),
                InstantFormat.ISO_MILLIS.parse("1969-12-31T23:59:59.999Z"));
        assertThrows(InvalidValueException.class,
                () -> InstantFormat.ISO_MILLIS.parse("2026-11-21T10:15:29Z"));
    }

    @Test
    void date_isIsoAndYearsAreBounded() {
        assertEquals("2026-01-05", KeyValue.date(LocalDate.of(2026, 1, 5)).text());
        assertEquals("0000-01-01", KeyValue.date(LocalDate.of(0, 1, 1)).text());
        assertThrows(InvalidKeyException.class, () -> KeyValue.date(LocalDate.of(10_000, 1, 1)));
        assertEquals(LocalDate.of(2026, 1, 5), KeyValue.parseDate("2026-01-05"));
        assertThrows(InvalidKeyException.class, () -> KeyValue.parseDate("2026-1-5"));
    }

    @Test
    void parse_readsValuesBack() {
        assertEquals(Map.of("createdAt", "2026-11-21T10:15:29.000Z", "orderId", "o-1"),
                ORDER_SK.parse("ORDER#2026-11-21T10:15:29.000Z#o-1"));
        assertTrue(ORDER_SK.matches("ORDER#2026-11-21T10:15:29.000Z#o-1"));
        assertFalse(ORDER_SK.matches("ORDER#2026-11-21T10:15:29.000Z"));
        assertFalse(ORDER_SK.matches("ORDER#2026#o-1#extra"));
        assertFalse(USER_PK.matches("u#x#follower"));
        assertFalse(ORDER_SK.matches("ITEM#1#2"));
        assertThrows(InvalidKeyException.class, () -> ORDER_SK.parse("ORDER##o-1"));
    }

    @Test
    void prefix_stopsAtFirstUnboundPlaceholder() {
        assertEquals("ORDER#", ORDER_SK.prefix());
        assertEquals("ORDER#2026-11-21T10:15:29.000Z#",
                ORDER_SK.prefix(KeyValue.instant(Instant.parse("2026-11-21T10:15:29Z"))));
        assertEquals(SortKeyCondition.beginsWith("ORDER#"), ORDER_SK.condition());
        assertEquals(SortKeyCondition.equalTo("ORDER#x#y"),
                ORDER_SK.condition(KeyValue.fixed("x"), KeyValue.text("y")));
    }

    @Test
    void renderIfPresent_absentValueMeansNoKey() {
        KeyTemplate gsi = KeyTemplate.partition("ASSIGNEE#<assignee>");
        assertEquals(Optional.empty(), gsi.renderIfPresent(KeyValue.text(null)));
        assertEquals(Optional.of("ASSIGNEE#ann"), gsi.renderIfPresent(KeyValue.text("ann")));
        assertThrows(InvalidKeyException.class, () -> gsi.renderIfPresent(KeyValue.text("")));
    }

    @Test
    void parseTemplate_refusesMalformedTemplates() {
        assertThrows(IllegalArgumentException.class, () -> KeyTemplate.sort("A<a><b>"));
        assertThrows(IllegalArgumentException.class, () -> KeyTemplate.sort("A<>"));
        assertThrows(IllegalArgumentException.class, () -> KeyTemplate.sort("A<a"));
        assertThrows(IllegalArgumentException.class, () -> KeyTemplate.sort("A>a"));
        assertEquals(java.util.List.of("createdAt", "orderId"), ORDER_SK.placeholders());
    }

    @Test
    void rangeCondition_boundsAreExactOnTheValueAndClosedByThePrefix() {
        KeyValue v = KeyValue.fixed("2026");
        SortKeyCondition atMost = ORDER_SK.condition(KeyRange.atMost(v));
        assertEquals("ORDER#", atMost.value().s());
        String high = atMost.high().s();
        assertTrue(high.startsWith("ORDER#2026#\uDBFF\uDFFF"), high);
        assertEquals(1024, dev.tablesmith.runtime.internal.Utf8.length(high));
        SortKeyCondition after = ORDER_SK.condition(KeyRange.after(v));
        assertEquals("ORDER#2026$", after.value().s());
        assertTrue(after.high().s().startsWith("ORDER#\uDBFF\uDFFF"));
        SortKeyCondition before = ORDER_SK.condition(KeyRange.before(v));
        assertTrue(before.high().s().startsWith("ORDER#2025\uDBFF\uDFFF"));
        assertThrows(InvalidKeyException.class,
                () -> ORDER_SK.condition(KeyRange.between(KeyValue.fixed("2027"), v)));
        assertEquals(SortKeyCondition.beginsWith("ORDER#2026-04"),
                ORDER_SK.condition(KeyRange.beginsWith("2026-04")));
        assertThrows(InvalidKeyException.class,
                () -> ORDER_SK.condition(KeyRange.beginsWith("20#")));
    }

    // Generated code concatenates keys itself (text, fixed, sized): for every value over a small
    // alphabet with the delimiter, it must accept and refuse exactly as render does.
    @Test
    void concatenation_checksExactlyAsRenderDoes() {
        KeyTemplate follower = KeyTemplate.partition("u#<userId>#follower");
        KeyTemplate pair = KeyTemplate.sort("P#<a>#<b>");
        List<String> values = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 4; length++) {
            for (int i = values.size() - 1; i >= 0; i--) {
                if (values.get(i).length() == length - 1) {
                    for (char c : new char[] {'a', '#', 'f', 'o'}) {
                        values.add(values.get(i) + c);
                    }
                }
            }
        }
        int compared = 0;
        for (String v : values) {
            assertEquals(outcome(() -> follower.render(KeyValue.text(v))),
                    outcome(() -> follower.sized("u#" + follower.text(0, v) + "#follower")), v);
            compared++;
            if (v.length() <= 2) {
                for (String w : values.subList(0, 21)) {
                    assertEquals(outcome(() -> pair.render(KeyValue.text(v), KeyValue.text(w))),
                            outcome(() -> pair.sized("P#" + pair.text(0, v) + "#"
                                    + pair.text(1, w))), v + " / " + w);
                    compared++;
                }
            }
        }
        assertEquals(341 + 21 * 21, compared);
        String huge = "x".repeat(1100);
        assertEquals(outcome(() -> pair.render(KeyValue.fixed(huge), KeyValue.text("b"))),
                outcome(() -> pair.sized("P#" + pair.fixed(0, huge) + "#" + pair.text(1, "b"))));
        assertEquals(outcome(() -> pair.render(KeyValue.fixed(""), KeyValue.text("b"))),
                outcome(() -> pair.sized("P#" + pair.fixed(0, "") + "#" + pair.text(1, "b"))));
        assertEquals("key template 'P#<a>#<b>': value for <b> is missing",
                outcome(() -> pair.text(1, null)));
    }

    private static String outcome(Supplier<String> render) {
        try {
            return "key " + render.get();
        } catch (InvalidKeyException e) {
            return e.getMessage();
        }
    }
}
