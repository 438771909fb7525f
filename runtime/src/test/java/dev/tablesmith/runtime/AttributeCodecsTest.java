package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbLocalExtension.class)
class AttributeCodecsTest {
    enum Status {
        IN_PROGRESS("in-progress"), DONE("0");

        private final String stored;

        Status(String stored) {
            this.stored = stored;
        }
    }

    private static final EnumCodec<Status> STATUS = EnumCodec.of("Status", Status.values(),
            s -> s.stored);
    private static final Instant T = Instant.parse("1969-07-20T20:17:40.123456789Z");
    private static final AttributeCodec<List<Map<String, List<String>>>> NESTED =
            AttributeCodecs.list(AttributeCodecs.map(AttributeCodecs.list(AttributeCodecs.STRING)));

    private TableOperations table;

    @BeforeEach
    void createTable(LocalDynamoDb dynamo) {
        table = TableOperations.builder(dynamo.client(), dynamo.createTable(),
                KeyAttributes.of("PK", "SK")).build();
    }

    private Map<String, AttributeValue> roundTrip(ItemWriter writer) {
        table.put(PutSpec.of(writer.put("PK", AttributeValue.fromS("A")).put("SK",
                AttributeValue.fromS("1")).build()));
        return table.get(TableOperationsTest.key("A", "1"), true).orElseThrow();
    }

    @Test
    void everyModelTypeRoundTripsThroughDynamoDbLocal() {
        BigDecimal big = new BigDecimal("-1234567890123456789012345678901234.5678");
        ItemReader r = ItemReader.of(roundTrip(ItemWriter.create()
                .put("empty", AttributeCodecs.STRING, "")
                .put("int", AttributeCodecs.INT, Integer.MIN_VALUE)
                .put("long", AttributeCodecs.LONG, Long.MAX_VALUE)
                .put("decimal", AttributeCodecs.DECIMAL, big)
                .put("double", AttributeCodecs.DOUBLE, 0.1)
                .put("bool", AttributeCodecs.BOOLEAN, false)
                .put("bin", AttributeCodecs.BINARY, new byte[] {0, -1, 7})
                .put("date", AttributeCodecs.DATE, LocalDate.of(1, 2, 3))
                .put("ss", AttributeCodecs.STRING_SET, Set.of("a", "b"))
                .put("ns", AttributeCodecs.LONG_SET, Set.of(-1L, 2L))
                .put("ds", AttributeCodecs.DECIMAL_SET, Set.of(new BigDecimal("1.5")))
                .put("bs", AttributeCodecs.BINARY_SET, Set.of(SdkBytes.fromUtf8String("x")))
                .put("emptySet", AttributeCodecs.STRING_SET, Set.of())
                .put("nested", NESTED, List.of(Map.of("k", List.of("v", "")), Map.of()))
                .put("emptyList", AttributeCodecs.list(AttributeCodecs.LONG), List.of())
                .put("emptyMap", AttributeCodecs.map(AttributeCodecs.LONG), Map.of())
                .put("status", STATUS, Status.IN_PROGRESS)
                .put("doc", AttributeCodecs.DOCUMENT, AttributeValue.fromNul(true))), "PK", "SK");
        assertEquals("", r.get("empty", AttributeCodecs.STRING));
        assertEquals(Integer.MIN_VALUE, r.get("int", AttributeCodecs.INT));
        assertEquals(Long.MAX_VALUE, r.get("long", AttributeCodecs.LONG));
        assertEquals(0, big.compareTo(r.get("decimal", AttributeCodecs.DECIMAL)));
        assertEquals(0.1, r.get("double", AttributeCodecs.DOUBLE));
        assertEquals(false, r.get("bool", AttributeCodecs.BOOLEAN));
        assertArrayEquals(new byte[] {0, -1, 7}, r.get("bin", AttributeCodecs.BINARY));
        assertEquals(LocalDate.of(1, 2, 3), r.get("date", AttributeCodecs.DATE));
        assertEquals(Set.of("a", "b"), r.get("ss", AttributeCodecs.STRING_SET));
        assertEquals(Set.of(-1L, 2L), r.get("ns", AttributeCodecs.LONG_SET));
        assertEquals(Set.of(new BigDecimal("1.5")), r.get("ds", AttributeCodecs.DECIMAL_SET));
        assertEquals(Set.of(SdkBytes.fromUtf8String("x")), r.get("bs", AttributeCodecs.BINARY_SET));
        assertFalse(r.item().containsKey("emptySet"), "an empty set is left out, never sent");
        assertEquals(Set.of(), r.get("emptySet", AttributeCodecs.STRING_SET));
        assertEquals(List.of(Map.of("k", List.of("v", "")), Map.of()), r.get("nested", NESTED));
        assertEquals(List.of(), r.get("emptyList", AttributeCodecs.list(AttributeCodecs.LONG)));
        assertEquals(Map.of(), r.get("emptyMap", AttributeCodecs.map(AttributeCodecs.LONG)));
        assertEquals(Status.IN_PROGRESS, r.get("status", STATUS));
        assertEquals(AttributeValue.fromNul(true), r.item().get("doc"));
    }

    @Test
    void instantsRoundTripInEveryFormat() {
        ItemWriter writer = ItemWriter.create();
        for (InstantFormat f : InstantFormat.values()) {
            writer.put(f.name(), AttributeCodecs.instant(f), T);
        }
        ItemReader r = ItemReader.of(roundTrip(writer), "PK", "SK");
        assertEquals("1969-07-20T20:17:40.123Z", r.item().get("ISO_MILLIS").s());
        assertEquals("1969-07-20T20:17:40Z", r.item().get("ISO_SECONDS").s());
        assertEquals("1969-07-20T20:17:40", r.item().get("ISO_LOCAL").s());
        assertEquals("-14182940", r.item().get("EPOCH_SECONDS").n());
        assertEquals("-14182939877", r.item().get("EPOCH_MILLIS").n());
        for (InstantFormat f : InstantFormat.values()) {
            assertEquals(f.truncate(T), r.get(f.name(), AttributeCodecs.instant(f)), f.name());
        }
    }

    @Test
    void unknownEnumValueIsATypedErrorNamingTheItemsKey() {
        Map<String, AttributeValue> stored = roundTrip(ItemWriter.create()
                .put("status", AttributeCodecs.STRING, "archived"));
        UnknownEnumValueException e = assertThrows(UnknownEnumValueException.class,
                () -> ItemReader.of(stored, "PK", "SK").get("status", STATUS));
        assertEquals("item {PK=A, SK=1}, attribute 'status': unknown Status value 'archived'",
                e.getMessage());
        assertEquals("archived", e.storedValue());
        UnknownEnumValueException nested = assertThrows(UnknownEnumValueException.class,
                () -> ItemReader.of(Map.of("PK", AttributeValue.fromS("B"), "l",
                        AttributeValue.fromL(List.of(AttributeValue.fromS("nope")))), "PK")
                        .get("l", AttributeCodecs.list(STATUS)));
        assertEquals("item {PK=B}, attribute 'l': unknown Status value 'nope'",
                nested.getMessage());
    }

    @Test
    void requiredAndOptionalValuesReadAsGetAndGetOrNullDo() {
        Map<String, AttributeValue> item = Map.of("PK", AttributeValue.fromS("A"),
                "n", AttributeValue.fromN("7"), "z", AttributeValue.fromNul(true));
        assertEquals(7L, AttributeCodecs.LONG.decode(ItemReader.required(item, "n")));
        assertEquals(null, ItemReader.optional(item, "z"));
        assertEquals(null, ItemReader.optional(item, "x"));
        for (String absent : List.of("x", "z")) {
            ValueDecodeException missing = assertThrows(ValueDecodeException.class,
                    () -> ItemReader.required(item, absent));
            assertEquals("item {PK=A}, attribute '" + absent + "': is missing",
                    ItemReader.of(item, "PK").failure(absent, missing).getMessage());
            assertEquals("field '" + absent + "' is missing",
                    ItemReader.nested(AttributeValue.fromM(item)).failure(absent, missing)
                            .getMessage());
        }
        assertThrows(ValueDecodeException.class, () -> ItemReader.stored(item, "x"));
        ValueDecodeException nul = assertThrows(ValueDecodeException.class,
                () -> AttributeCodecs.LONG.decode(ItemReader.stored(item, "z")));
        assertEquals("item {PK=A}, attribute 'z': is missing",
                ItemReader.of(item, "PK").failure("z", nul).getMessage());
        assertEquals("field 'z' is missing",
                ItemReader.nested(AttributeValue.fromM(item)).failure("z", nul).getMessage());
        assertEquals(AttributeValue.fromNul(true),
                AttributeCodecs.DOCUMENT.decode(ItemReader.stored(item, "z")));
        ValueDecodeException wrong = assertThrows(ValueDecodeException.class,
                () -> AttributeCodecs.LONG.decode(ItemReader.required(item, "PK")));
        assertEquals("item {PK=A}, attribute 'PK': expected N but found S",
                ItemReader.of(item, "PK").failure("PK", wrong).getMessage());
    }

    @Test
    void decodeErrorsNameTheKeyAndAttribute() {
        Map<String, AttributeValue> item = Map.of("PK", AttributeValue.fromS("A"),
                "n", AttributeValue.fromS("not a number"));
        assertEquals("item {PK=A}, attribute 'n': expected N but found S", assertThrows(
                ItemDecodeException.class, () -> ItemReader.of(item, "PK").get("n",
                        AttributeCodecs.LONG)).getMessage());
        assertEquals("item {PK=A}, attribute 'x': is missing", assertThrows(
                ItemDecodeException.class, () -> ItemReader.of(item, "PK").get("x",
                        AttributeCodecs.LONG)).getMessage());
        assertEquals("item {PK=A}, attribute 'n': '2026-13-01' is not a YYYY-MM-DD date",
                assertThrows(
                ItemDecodeException.class, () -> ItemReader.of(Map.of("PK",
                        AttributeValue.fromS("A"),
                        "n", AttributeValue.fromS("2026-13-01")), "PK").get("n",
                                AttributeCodecs.DATE)).getMessage());
    }

    @Test
    void valuesDynamoDbCannotStoreAreRefusedBeforeSending() {
        assertThrows(InvalidValueException.class, () -> AttributeCodecs.DOUBLE.encode(Double.NaN));
        assertThrows(InvalidValueException.class,
                () -> AttributeCodecs.DOUBLE.encode(Double.POSITIVE_INFINITY));
        assertThrows(InvalidValueException.class,
                () -> AttributeCodecs.DECIMAL.encode(
                        new BigDecimal("1.00000000000000000000000000000000000001")));
        assertThrows(InvalidValueException.class,
                () -> AttributeCodecs.DECIMAL.encode(new BigDecimal("1E+126")));
        assertThrows(InvalidValueException.class,
                () -> AttributeCodecs.DECIMAL.encode(new BigDecimal("1E-131")));
        assertEquals("1E+125", AttributeCodecs.DECIMAL.encode(new BigDecimal("1E+125")).n());
        InvalidValueException emptyNestedSet = assertThrows(InvalidValueException.class,
                () -> AttributeCodecs.list(AttributeCodecs.STRING_SET).encode(List.of(Set.of())));
        assertEquals("an empty set cannot be stored in DynamoDB; leave the attribute out instead",
                emptyNestedSet.getMessage());
        assertThrows(InvalidValueException.class,
                () -> AttributeCodecs.instant(InstantFormat.EPOCH_MILLIS)
                        .encode(Instant.parse("+10000-01-01T00:00:00Z")));
        // the extreme decimal DynamoDB does accept
        roundTrip(ItemWriter.create().put("max", AttributeCodecs.DECIMAL,
                new BigDecimal("9.9999999999999999999999999999999999999E+125")));
    }

    @Test
    void updateWithAnEmptySetRemovesTheAttribute() {
        roundTrip(ItemWriter.create().put("tags", AttributeCodecs.STRING_SET, Set.of("a")));
        Map<String, AttributeValue> after = table.update(UpdateSpec.of(TableOperationsTest.key("A",
                "1"),
                Update.builder().set("tags", AttributeCodecs.STRING_SET, Set.of()).build()));
        assertFalse(after.containsKey("tags"));
        assertEquals("x", new String(AttributeCodecs.BYTES.encode(SdkBytes.fromUtf8String("x")).b()
                .asByteArray(),
                StandardCharsets.UTF_8));
    }

    @Test
    void aDecodedListIsReadOnlyAndEqualToAnyListOfItsElements() {
        List<String> list = AttributeCodecs.list(AttributeCodecs.STRING).decode(AttributeValue.fromL(
                List.of(AttributeValue.fromS("b"), AttributeValue.fromS("a"))));
        List<String> same = new ArrayList<>(List.of("b", "a"));
        assertEquals(same, list);
        assertEquals(list, same);
        assertEquals(same.hashCode(), list.hashCode());
        assertEquals("[b, a]", list.toString());
        assertEquals(1, list.indexOf("a"));
        assertEquals(List.of("a"), list.subList(1, 2));
        assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
        assertThrows(UnsupportedOperationException.class, () -> list.set(0, "c"));
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> list.removeIf(e -> true));
        assertThrows(UnsupportedOperationException.class, () -> {
            java.util.Iterator<String> it = list.iterator();
            it.next();
            it.remove();
        });
        assertThrows(UnsupportedOperationException.class, () -> list.sort(null));
        assertThrows(UnsupportedOperationException.class, list::clear);
        assertEquals(List.of("b", "a"), list);
        assertEquals(List.of(), AttributeCodecs.readOnlyList(new Object[0]));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(2));
    }

    @Test
    void aValueKeepsADecodedListAsItIsAndCopiesAnyOther() {
        List<String> decoded = AttributeCodecs.list(AttributeCodecs.STRING).decode(
                AttributeValue.createL(List.of(AttributeValue.createS("a"))));
        assertSame(decoded, AttributeCodecs.immutableList(decoded));
        ArrayList<String> built = new ArrayList<>(List.of("a", "b"));
        List<String> kept = AttributeCodecs.immutableList(built);
        assertNotSame(built, kept);
        built.set(0, "changed");
        assertEquals(List.of("a", "b"), kept);
        assertThrows(UnsupportedOperationException.class, () -> kept.add("c"));
        assertThrows(NullPointerException.class,
                () -> AttributeCodecs.immutableList(java.util.Arrays.asList("a", null)));
    }
}
