package com.example.bench.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.bench.Samples;
import com.example.bench.huge.Huge;
import com.example.bench.huge.HugeCodec;
import dev.tablesmith.runtime.AttributeCodecs;
import dev.tablesmith.runtime.InvalidValueException;
import dev.tablesmith.runtime.ItemDecodeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated codec writes and reads nested lists and maps in loops of its own (not through
 * composed codecs): it writes what the composed codecs write and refuses a null inside as they do;
 * on reading, a wrong type at any depth is still an error naming the item and the attribute, a
 * NULL or absent attribute is missing, and nested collections are read-only.
 */
class NestedCodecTest {
  private final Huge value = Samples.create().huge();
  private final Map<String, AttributeValue> item = HugeCodec.encode(value);

  @Test
  void everyCollectionIsWrittenAsTheComposedCodecsWriteIt() {
    assertEquals(AttributeCodecs.list(AttributeCodecs.STRING).encode(value.listAttr()),
        item.get("listAttr"));
    assertEquals(AttributeCodecs.map(AttributeCodecs.BYTES).encode(value.mapAttr1()),
        item.get("mapAttr1"));
    assertEquals(AttributeCodecs.map(AttributeCodecs.list(AttributeCodecs.BYTES))
        .encode(value.mapAttr2()), item.get("mapAttr2"));
    assertEquals(AttributeCodecs.map(AttributeCodecs.list(AttributeCodecs.map(
        AttributeCodecs.list(AttributeCodecs.BYTES)))).encode(value.mapAttr3()),
        item.get("mapAttr3"));
  }

  @Test
  void aNullInsideANestedCollectionIsRefusedAtEveryLevel() {
    assertEquals("a list element is null", refused(deepest -> deepest.set(0, null)));
    assertEquals("a map value is null", refused(deepest -> { }, inner -> inner.put("key1", null)));
    assertEquals("a map key is null",
        refused(deepest -> { }, inner -> inner.put(null, List.of())));
    // mapAttr3 -> key1 -> [null]
    Map<String, List<Map<String, List<SdkBytes>>>> map3 = new HashMap<>(value.mapAttr3());
    map3.put("key1", Arrays.asList((Map<String, List<SdkBytes>>) null));
    assertEquals("a list element is null", assertThrows(InvalidValueException.class,
        () -> HugeCodec.encode(value.toBuilder().mapAttr3(map3).build())).getMessage());
  }

  /** The message of the refusal to encode mapAttr3 with key1's first map and its list changed. */
  private String refused(Consumer<List<SdkBytes>> deepest) {
    return refused(deepest, inner -> { });
  }

  private String refused(Consumer<List<SdkBytes>> deepest,
      Consumer<Map<String, List<SdkBytes>>> inner) {
    List<SdkBytes> bytes = new ArrayList<>(value.mapAttr3().get("key1").get(0).get("key1"));
    deepest.accept(bytes);
    Map<String, List<SdkBytes>> first = new HashMap<>();
    first.put("key1", bytes);
    inner.accept(first);
    List<Map<String, List<SdkBytes>>> list = new ArrayList<>(value.mapAttr3().get("key1"));
    list.set(0, first);
    Map<String, List<Map<String, List<SdkBytes>>>> map3 = new HashMap<>(value.mapAttr3());
    map3.put("key1", list);
    Huge bad = value.toBuilder().mapAttr3(map3).build();
    return assertThrows(InvalidValueException.class, () -> HugeCodec.encode(bad)).getMessage();
  }

  @Test
  void aWrongTypeAtTheDeepestLevelNamesTheItemAndTheAttribute() {
    Map<String, AttributeValue> bad = new HashMap<>(item);
    // mapAttr3 -> key1 -> [0] -> key1 -> [0]: a string where a binary belongs
    Map<String, AttributeValue> inner = new HashMap<>(
        item.get("mapAttr3").m().get("key1").l().get(0).m());
    List<AttributeValue> bytes = new ArrayList<>(inner.get("key1").l());
    bytes.set(0, AttributeValue.fromS("not bytes"));
    inner.put("key1", AttributeValue.fromL(bytes));
    List<AttributeValue> list = new ArrayList<>(item.get("mapAttr3").m().get("key1").l());
    list.set(0, AttributeValue.fromM(inner));
    Map<String, AttributeValue> outer = new HashMap<>(item.get("mapAttr3").m());
    outer.put("key1", AttributeValue.fromL(list));
    bad.put("mapAttr3", AttributeValue.fromM(outer));
    ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> HugeCodec.decode(bad));
    assertEquals("item {stringAttr=" + value.stringAttr()
        + "}, attribute 'mapAttr3': expected B but found S", e.getMessage());
  }

  @Test
  void aMapWhereAListBelongsIsAnError() {
    Map<String, AttributeValue> bad = new HashMap<>(item);
    bad.put("listAttr", AttributeValue.fromM(Map.of()));
    assertEquals("item {stringAttr=" + value.stringAttr()
        + "}, attribute 'listAttr': expected L but found M",
        assertThrows(ItemDecodeException.class, () -> HugeCodec.decode(bad)).getMessage());
  }

  @Test
  void aNullOrAbsentCollectionIsMissing() {
    Map<String, AttributeValue> nul = new HashMap<>(item);
    nul.put("mapAttr2", AttributeValue.fromNul(true));
    assertEquals("item {stringAttr=" + value.stringAttr() + "}, attribute 'mapAttr2': is missing",
        assertThrows(ItemDecodeException.class, () -> HugeCodec.decode(nul)).getMessage());
    Map<String, AttributeValue> absent = new HashMap<>(item);
    absent.remove("mapAttr2");
    assertThrows(ItemDecodeException.class, () -> HugeCodec.decode(absent));
  }

  @Test
  void nestedCollectionsAreReadOnlyAndEqualToWhatWasWritten() {
    Huge decoded = HugeCodec.decode(item);
    assertEquals(value, decoded);
    List<Map<String, List<SdkBytes>>> list = decoded.mapAttr3().get("key1");
    assertThrows(UnsupportedOperationException.class, () -> list.add(Map.of()));
    assertThrows(UnsupportedOperationException.class, () -> list.get(0).put("k", List.of()));
    assertThrows(UnsupportedOperationException.class,
        () -> list.get(0).get("key1").add(SdkBytes.fromUtf8String("x")));
    assertThrows(UnsupportedOperationException.class,
        () -> decoded.mapAttr2().get("key1").clear());
  }
}
