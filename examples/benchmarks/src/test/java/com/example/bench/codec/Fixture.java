package com.example.bench.codec;

import com.example.bench.Samples;
import com.example.bench.baseline.HandWritten;
import com.example.bench.baseline.HandWrittenFlat;
import com.example.bench.baseline.HandWrittenTask;
import com.example.bench.enhanced.EnhancedSchemas;
import com.example.bench.enhanced.HugeBean;
import com.example.bench.enhanced.HugeFlatBean;
import com.example.bench.enhanced.SmallBean;
import com.example.bench.enhanced.TaskBean;
import com.example.bench.enhanced.TinyBean;
import com.example.bench.huge.Huge;
import com.example.bench.huge.HugeCodec;
import com.example.bench.hugeflat.HugeFlat;
import com.example.bench.hugeflat.HugeFlatCodec;
import com.example.bench.small.Small;
import com.example.bench.small.SmallCodec;
import com.example.bench.tiny.Tiny;
import com.example.bench.tiny.TinyCodec;
import com.example.bench.work.Task;
import com.example.bench.work.TaskCodec;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * One shape's contenders: the generated codec, the hand-written code, the Enhanced Client's
 * StaticTableSchema and its fromBean schema, with the value (and its bean) they encode and the
 * item they decode. The item is the one the generated codec writes, as a {@code GetItemResponse}
 * hands it back, so every decoder reads the same map.
 *
 * @param <V> the generated value class
 * @param <B> the Enhanced Client bean
 */
public final class Fixture<V, B> {
  public final V value;
  public final B bean;
  public final Map<String, AttributeValue> item;
  public final Function<V, Map<String, AttributeValue>> generatedEncode;
  public final Function<Map<String, AttributeValue>, V> generatedDecode;
  public final Function<V, Map<String, AttributeValue>> handEncode;
  public final Function<Map<String, AttributeValue>, V> handDecode;
  public final TableSchema<B> staticSchema;
  public final TableSchema<B> beanSchema;

  private Fixture(V value, B bean, Function<V, Map<String, AttributeValue>> generatedEncode,
      Function<Map<String, AttributeValue>, V> generatedDecode,
      Function<V, Map<String, AttributeValue>> handEncode,
      Function<Map<String, AttributeValue>, V> handDecode, TableSchema<B> staticSchema,
      Class<B> beanClass) {
    this.value = value;
    this.bean = bean;
    this.item = GetItemResponse.builder().item(generatedEncode.apply(value)).build().item();
    this.generatedEncode = generatedEncode;
    this.generatedDecode = generatedDecode;
    this.handEncode = handEncode;
    this.handDecode = handDecode;
    this.staticSchema = staticSchema;
    this.beanSchema = TableSchema.fromBean(beanClass);
  }

  /**
   * @param shape TINY, SMALL, HUGE, HUGE_FLAT or TASK
   * @return its fixture
   */
  public static Fixture<?, ?> of(String shape) {
    Samples samples = Samples.create();
    switch (shape) {
      case "TINY": {
        Tiny v = samples.tiny();
        return new Fixture<Tiny, TinyBean>(v, EnhancedSchemas.bean(v), TinyCodec::encode,
            TinyCodec::decode, HandWritten::encode, HandWritten::decodeTiny, EnhancedSchemas.TINY,
            TinyBean.class);
      }
      case "SMALL": {
        Small v = samples.small();
        return new Fixture<Small, SmallBean>(v, EnhancedSchemas.bean(v), SmallCodec::encode,
            SmallCodec::decode, HandWritten::encode, HandWritten::decodeSmall,
            EnhancedSchemas.SMALL, SmallBean.class);
      }
      case "HUGE": {
        Huge v = samples.huge();
        return new Fixture<Huge, HugeBean>(v, EnhancedSchemas.bean(v), HugeCodec::encode,
            HugeCodec::decode, HandWritten::encode, HandWritten::decodeHuge, EnhancedSchemas.HUGE,
            HugeBean.class);
      }
      case "HUGE_FLAT": {
        HugeFlat v = samples.hugeFlat();
        return new Fixture<HugeFlat, HugeFlatBean>(v, EnhancedSchemas.bean(v),
            HugeFlatCodec::encode, HugeFlatCodec::decode, HandWrittenFlat::encode,
            HandWrittenFlat::decode, EnhancedSchemas.HUGE_FLAT, HugeFlatBean.class);
      }
      case "TASK": {
        Task v = samples.task();
        return new Fixture<Task, TaskBean>(v, EnhancedSchemas.bean(v), TaskCodec::encode,
            TaskCodec::decode, HandWrittenTask::encode, HandWrittenTask::decode,
            EnhancedSchemas.TASK, TaskBean.class);
      }
      default:
        throw new IllegalArgumentException(shape);
    }
  }
}
