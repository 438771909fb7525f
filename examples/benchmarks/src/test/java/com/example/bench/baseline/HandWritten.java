package com.example.bench.baseline;

import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.createB;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.createL;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.createM;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.createS;

import com.example.bench.huge.Huge;
import com.example.bench.small.Small;
import com.example.bench.tiny.Tiny;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The hand-written baseline for the SDK benchmark shapes: the fastest honest
 * {@code Map<String, AttributeValue>} code, on the same value classes the generated codecs use
 * (so only the mapping differs). It uses the single-allocation {@code AttributeValue.createX}
 * factories, sized maps, and no checks beyond what the value classes already guarantee.
 */
public final class HandWritten {
  private HandWritten() {}

  /** @param n entries @return a HashMap capacity that never resizes for them */
  static int capacity(int n) {
    return (int) (n / 0.75f) + 1;
  }

  public static Map<String, AttributeValue> encode(Tiny v) {
    Map<String, AttributeValue> item = new HashMap<>(capacity(1));
    item.put("stringAttr", createS(v.stringAttr()));
    return item;
  }

  public static Tiny decodeTiny(Map<String, AttributeValue> item) {
    return Tiny.builder().stringAttr(item.get("stringAttr").s()).build();
  }

  public static Map<String, AttributeValue> encode(Small v) {
    Map<String, AttributeValue> item = new HashMap<>(capacity(3));
    item.put("stringAttr", createS(v.stringAttr()));
    item.put("binaryAttr", createB(v.binaryAttr()));
    item.put("listAttr", strings(v.listAttr()));
    return item;
  }

  public static Small decodeSmall(Map<String, AttributeValue> item) {
    return Small.builder().stringAttr(item.get("stringAttr").s())
        .binaryAttr(item.get("binaryAttr").b()).listAttr(strings(item.get("listAttr"))).build();
  }

  public static Map<String, AttributeValue> encode(Huge v) {
    Map<String, AttributeValue> item = new HashMap<>(capacity(7));
    item.put("stringAttr", createS(v.stringAttr()));
    item.put("hashKey", createS(v.hashKey()));
    item.put("binaryAttr", createB(v.binaryAttr()));
    item.put("listAttr", strings(v.listAttr()));
    Map<String, AttributeValue> map1 = new HashMap<>(capacity(v.mapAttr1().size()));
    v.mapAttr1().forEach((k, b) -> map1.put(k, createB(b)));
    item.put("mapAttr1", createM(map1));
    item.put("mapAttr2", createM(bytesListMap(v.mapAttr2())));
    Map<String, AttributeValue> map3 = new HashMap<>(capacity(v.mapAttr3().size()));
    v.mapAttr3().forEach((k, list) -> {
      List<AttributeValue> out = new ArrayList<>(list.size());
      for (Map<String, List<SdkBytes>> m : list) {
        out.add(createM(bytesListMap(m)));
      }
      map3.put(k, createL(out));
    });
    item.put("mapAttr3", createM(map3));
    return item;
  }

  public static Huge decodeHuge(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> m1 = item.get("mapAttr1").m();
    Map<String, SdkBytes> map1 = new HashMap<>(capacity(m1.size()));
    m1.forEach((k, b) -> map1.put(k, b.b()));
    Map<String, AttributeValue> m3 = item.get("mapAttr3").m();
    Map<String, List<Map<String, List<SdkBytes>>>> map3 = new HashMap<>(capacity(m3.size()));
    m3.forEach((k, l) -> {
      List<Map<String, List<SdkBytes>>> list = new ArrayList<>(l.l().size());
      for (AttributeValue m : l.l()) {
        list.add(bytesListMap(m));
      }
      map3.put(k, list);
    });
    return Huge.builder().stringAttr(item.get("stringAttr").s()).hashKey(item.get("hashKey").s())
        .binaryAttr(item.get("binaryAttr").b()).listAttr(strings(item.get("listAttr")))
        .mapAttr1(map1).mapAttr2(bytesListMap(item.get("mapAttr2"))).mapAttr3(map3).build();
  }

  private static AttributeValue strings(List<String> list) {
    List<AttributeValue> out = new ArrayList<>(list.size());
    for (String s : list) {
      out.add(createS(s));
    }
    return createL(out);
  }

  private static List<String> strings(AttributeValue value) {
    List<AttributeValue> l = value.l();
    List<String> out = new ArrayList<>(l.size());
    for (AttributeValue s : l) {
      out.add(s.s());
    }
    return out;
  }

  private static Map<String, AttributeValue> bytesListMap(Map<String, List<SdkBytes>> map) {
    Map<String, AttributeValue> out = new HashMap<>(capacity(map.size()));
    map.forEach((k, list) -> {
      List<AttributeValue> l = new ArrayList<>(list.size());
      for (SdkBytes b : list) {
        l.add(createB(b));
      }
      out.put(k, createL(l));
    });
    return out;
  }

  private static Map<String, List<SdkBytes>> bytesListMap(AttributeValue value) {
    Map<String, AttributeValue> m = value.m();
    Map<String, List<SdkBytes>> out = new HashMap<>(capacity(m.size()));
    m.forEach((k, l) -> {
      List<SdkBytes> list = new ArrayList<>(l.l().size());
      for (AttributeValue b : l.l()) {
        list.add(b.b());
      }
      out.put(k, list);
    });
    return out;
  }
}
