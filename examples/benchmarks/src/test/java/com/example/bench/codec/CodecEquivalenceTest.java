package com.example.bench.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.bench.enhanced.EnhancedSchemas;
import com.example.bench.enhanced.TaskBean;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The contenders of {@link CodecBenchmark} do the same work: for every shape they write equal
 * items and read back values that write that item again.
 */
class CodecEquivalenceTest {
  @ParameterizedTest
  @ValueSource(strings = {"TINY", "SMALL", "HUGE", "HUGE_FLAT", "TASK"})
  void everyContenderWritesTheSameItem(String shape) {
    @SuppressWarnings("unchecked")
    Fixture<Object, Object> f = (Fixture<Object, Object>) Fixture.of(shape);
    Map<String, AttributeValue> expected = f.generatedEncode.apply(f.value);
    assertEquals(expected, f.handEncode.apply(f.value), "hand-written");
    assertEquals(expected, f.staticSchema.itemToMap(f.bean, true), "StaticTableSchema");
    assertEquals(expected, f.beanSchema.itemToMap(f.bean, true), "fromBean");
  }

  @ParameterizedTest
  @ValueSource(strings = {"TINY", "SMALL", "HUGE", "HUGE_FLAT", "TASK"})
  void everyContenderReadsTheSameValue(String shape) {
    @SuppressWarnings("unchecked")
    Fixture<Object, Object> f = (Fixture<Object, Object>) Fixture.of(shape);
    assertEquals(f.value, f.generatedDecode.apply(f.item), "generated");
    assertEquals(f.value, f.handDecode.apply(f.item), "hand-written");
    assertEquals(f.item, f.staticSchema.itemToMap(f.staticSchema.mapToItem(f.item), true),
        "StaticTableSchema");
    assertEquals(f.item, f.beanSchema.itemToMap(f.beanSchema.mapToItem(f.item), true), "fromBean");
    if (shape.equals("TASK")) {
      assertEquals(f.value, EnhancedSchemas.value((TaskBean) f.staticSchema.mapToItem(f.item)));
    }
  }
}
