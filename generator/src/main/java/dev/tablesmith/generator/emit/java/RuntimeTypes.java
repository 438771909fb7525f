package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;

/**
 * The runtime's and the AWS SDK's types, named by string so the generator never loads them (and
 * never drags the SDK into the Maven plugin). The examples compile and run the generated code,
 * which proves these names right.
 */
final class RuntimeTypes {
  private static final String RUNTIME = "dev.tablesmith.runtime";
  private static final String MODEL = "software.amazon.awssdk.services.dynamodb.model";

  static final ClassName ATTRIBUTE_CODEC = ClassName.get(RUNTIME, "AttributeCodec");
  static final ClassName ATTRIBUTE_CODECS = ClassName.get(RUNTIME, "AttributeCodecs");
  static final ClassName ENUM_CODEC = ClassName.get(RUNTIME, "EnumCodec");
  static final ClassName ITEM_READER = ClassName.get(RUNTIME, "ItemReader");
  static final ClassName ITEM_WRITER = ClassName.get(RUNTIME, "ItemWriter");
  static final ClassName VALUE_DECODE_EXCEPTION = ClassName.get(RUNTIME, "ValueDecodeException");
  static final ClassName INVALID_VALUE_EXCEPTION = ClassName.get(RUNTIME, "InvalidValueException");
  static final ClassName KEY_TEMPLATE = ClassName.get(RUNTIME, "KeyTemplate");
  static final ClassName KEY_TEMPLATE_KIND = KEY_TEMPLATE.nestedClass("Kind");
  static final ClassName KEY_VALUE = ClassName.get(RUNTIME, "KeyValue");
  static final ClassName KEY_RANGE = ClassName.get(RUNTIME, "KeyRange");
  static final ClassName KEY_ATTRIBUTES = ClassName.get(RUNTIME, "KeyAttributes");
  static final ClassName INSTANT_FORMAT = ClassName.get(RUNTIME, "InstantFormat");
  static final ClassName TABLE_OPERATIONS = ClassName.get(RUNTIME, "TableOperations");
  static final ClassName QUERY_SPEC = ClassName.get(RUNTIME, "QuerySpec");
  static final ClassName PUT_SPEC = ClassName.get(RUNTIME, "PutSpec");
  static final ClassName DELETE_SPEC = ClassName.get(RUNTIME, "DeleteSpec");
  static final ClassName LIFECYCLE = ClassName.get(RUNTIME, "Lifecycle");
  static final ClassName PAGE = ClassName.get(RUNTIME, "Page");
  static final ClassName PAGE_REQUEST = ClassName.get(RUNTIME, "PageRequest");
  static final ClassName CURSOR = ClassName.get(RUNTIME, "Cursor");
  static final ClassName CONDITION = ClassName.get(RUNTIME, "Condition");
  static final ClassName UPDATE = ClassName.get(RUNTIME, "Update");
  static final ClassName UPDATE_BUILDER = UPDATE.nestedClass("Builder");
  static final ClassName UPDATE_SPEC = ClassName.get(RUNTIME, "UpdateSpec");
  static final ClassName ATTRIBUTE_REF = ClassName.get(RUNTIME, "AttributeRef");
  static final ClassName TRANSACTION = ClassName.get(RUNTIME, "Transaction");
  static final ClassName STREAM_ROUTER = ClassName.get(RUNTIME + ".stream", "StreamRouter");
  static final ClassName STREAM_EVENT = ClassName.get(RUNTIME + ".stream", "StreamEvent");
  static final ClassName STREAM_RECORD =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "Record");
  static final ClassName SORT_KEY_CONDITION = ClassName.get(RUNTIME, "SortKeyCondition");
  static final ClassName ATTRIBUTE_VALUE = ClassName.get(MODEL, "AttributeValue");
  static final ClassName DYNAMO_DB_CLIENT =
      ClassName.get("software.amazon.awssdk.services.dynamodb", "DynamoDbClient");
  static final ClassName SDK_BYTES = ClassName.get("software.amazon.awssdk.core", "SdkBytes");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeTypes() {}
}
