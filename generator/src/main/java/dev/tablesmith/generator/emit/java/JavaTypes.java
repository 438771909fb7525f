package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Attribute.InstantFormat;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.model.TypeRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Java types, codecs and key values for model attributes, in one generated package. */
final class JavaTypes {
  private final String packageName;

  JavaTypes(String packageName) {
    this.packageName = packageName;
  }

  ClassName type(String simpleName) {
    return ClassName.get(packageName, simpleName);
  }

  /**
   * The Java type of an attribute of {@code owner}; primitives for required numbers and booleans.
   */
  TypeName of(String owner, Attribute a) {
    TypeName boxed = boxed(owner, a, a.type());
    return nullable(a) || !boxed.isBoxedPrimitive() ? boxed : boxed.unbox();
  }

  /**
   * Whether the Java value may be null: optional attributes, and created/updated timestamps, which
   * the runtime sets on writes.
   */
  static boolean nullable(Attribute a) {
    return a.optional()
        || a.role() == Attribute.Role.CREATED
        || a.role() == Attribute.Role.UPDATED
        || a.role() == Attribute.Role.TTL;
  }

  /** The boxed Java type of an attribute ({@code Integer}, not {@code int}). */
  TypeName boxed(String owner, Attribute a, TypeRef type) {
    return switch (type.kind()) {
      case STRING -> ClassName.get(String.class);
      case INT -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case DECIMAL -> ClassName.get(BigDecimal.class);
      case DOUBLE -> ClassName.get(Double.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case INSTANT -> ClassName.get(Instant.class);
      case DATE -> ClassName.get(LocalDate.class);
      case BINARY -> RuntimeTypes.SDK_BYTES;
      case DOCUMENT -> RuntimeTypes.ATTRIBUTE_VALUE;
      case ENUM -> type(GeneratedNames.enumType(owner, a));
      case EMBEDDED -> type(type.name());
      case LIST -> ParameterizedTypeName.get(ClassName.get(List.class), element(owner, a, type));
      case SET -> ParameterizedTypeName.get(ClassName.get(Set.class), element(owner, a, type));
      case MAP ->
          ParameterizedTypeName.get(
              ClassName.get(Map.class), ClassName.get(String.class), element(owner, a, type));
    };
  }

  private TypeName element(String owner, Attribute a, TypeRef type) {
    return boxed(owner, a, type.element().orElseThrow());
  }

  /** An expression for the codec of an attribute's type. */
  CodeBlock codec(String owner, Attribute a) {
    return codec(owner, a, a.type(), true);
  }

  /** An expression for the codec of {@code type}, an element type somewhere inside {@code a}. */
  CodeBlock elementCodec(String owner, Attribute a, TypeRef type) {
    return codec(owner, a, type, false);
  }

  private CodeBlock codec(String owner, Attribute a, TypeRef type, boolean top) {
    String constant =
        switch (type.kind()) {
          case STRING -> "STRING";
          case INT -> "INT";
          case LONG -> "LONG";
          case DECIMAL -> "DECIMAL";
          case DOUBLE -> "DOUBLE";
          case BOOLEAN -> "BOOLEAN";
          case DATE -> "DATE";
          case BINARY -> "BYTES";
          case DOCUMENT -> "DOCUMENT";
          default -> null;
        };
    if (constant != null) {
      return CodeBlock.of("$T.$L", RuntimeTypes.ATTRIBUTE_CODECS, constant);
    }
    return switch (type.kind()) {
      case INSTANT ->
          instantFormat(top ? a : null).equals("ISO_MILLIS")
              ? CodeBlock.of("$T.INSTANT", RuntimeTypes.ATTRIBUTE_CODECS)
              : CodeBlock.of(
                  "$T.instant($T.$L)",
                  RuntimeTypes.ATTRIBUTE_CODECS,
                  RuntimeTypes.INSTANT_FORMAT,
                  instantFormat(top ? a : null));
      case ENUM -> CodeBlock.of("$T.CODEC", type(GeneratedNames.enumType(owner, a)));
      case EMBEDDED -> CodeBlock.of("$T.CODEC", type(GeneratedNames.codec(type.name())));
      case LIST ->
          CodeBlock.of(
              "$T.list($L)",
              RuntimeTypes.ATTRIBUTE_CODECS,
              codec(owner, a, type.element().orElseThrow(), false));
      case MAP ->
          CodeBlock.of(
              "$T.map($L)",
              RuntimeTypes.ATTRIBUTE_CODECS,
              codec(owner, a, type.element().orElseThrow(), false));
      case SET ->
          CodeBlock.of(
              "$T.$L",
              RuntimeTypes.ATTRIBUTE_CODECS,
              switch (type.element().orElseThrow().kind()) {
                case LONG -> "LONG_SET";
                case DECIMAL -> "DECIMAL_SET";
                case BINARY -> "BINARY_SET";
                default -> "STRING_SET";
              });
      default -> throw new IllegalStateException("no codec for " + type.describe());
    };
  }

  /**
   * Whether {@link #codec} of the attribute is a constant (a static final field of the runtime or
   * of a generated type) rather than an expression that makes a codec.
   */
  boolean isConstantCodec(Attribute a) {
    return switch (a.type().kind()) {
      case LIST, MAP -> false;
      case INSTANT -> instantFormat(a).equals("ISO_MILLIS");
      default -> true;
    };
  }

  /** The runtime's name for an attribute's instant format (ttl attributes are epoch seconds). */
  static String instantFormat(Attribute a) {
    if (a == null) {
      return "ISO_MILLIS";
    }
    InstantFormat format =
        a.role() == Attribute.Role.TTL ? InstantFormat.EPOCH_SECONDS : a.format();
    return format.name().toUpperCase(Locale.ROOT);
  }

  /**
   * A {@code KeyValue} for the attribute value {@code value} (an expression of the attribute's Java
   * type), rendered as a key template renders it.
   */
  CodeBlock keyValue(Attribute a, CodeBlock value) {
    ClassName kv = RuntimeTypes.KEY_VALUE;
    return switch (a.type().kind()) {
      case ENUM -> CodeBlock.of("$T.fixed($L == null ? null : $L.storedValue())", kv, value, value);
      case BOOLEAN -> CodeBlock.of("$T.of($L)", kv, value);
      case INT, LONG ->
          a.pad() > 0
              ? CodeBlock.of("$T.padded($L, $L)", kv, toLong(a, value), a.pad())
              : CodeBlock.of("$T.number($L)", kv, toLong(a, value));
      case INSTANT ->
          CodeBlock.of(
              "$T.instant($L, $T.$L)", kv, value, RuntimeTypes.INSTANT_FORMAT, instantFormat(a));
      case DATE -> CodeBlock.of("$T.date($L)", kv, value);
      default -> CodeBlock.of("$T.text($L)", kv, value);
    };
  }

  /**
   * The key text of the attribute value {@code value} (an expression of the attribute's Java type,
   * not null), as {@link #keyValue} renders it.
   */
  CodeBlock keyText(Attribute a, CodeBlock value) {
    if (freeTextKey(a)) {
      return value;
    }
    return a.type().kind() == TypeRef.Kind.ENUM
        ? CodeBlock.of("$L.storedValue()", value)
        : CodeBlock.of("$L.text()", keyValue(a, value));
  }

  /** Whether a key renders the attribute as free text, which the runtime guards. */
  static boolean freeTextKey(Attribute a) {
    return switch (a.type().kind()) {
      case ENUM, BOOLEAN, INT, LONG, INSTANT, DATE -> false;
      default -> true;
    };
  }

  private static CodeBlock toLong(Attribute a, CodeBlock value) {
    if (a.type().kind() == TypeRef.Kind.LONG) {
      return value;
    }
    return a.optional()
        ? CodeBlock.of("($L == null ? null : $L.longValue())", value, value)
        : CodeBlock.of("(long) $L", value);
  }

  /** Parses a value read back from a key string into the attribute's Java type. */
  CodeBlock parseKeyValue(String owner, Attribute a, CodeBlock text) {
    return switch (a.type().kind()) {
      case ENUM ->
          CodeBlock.of("$T.fromStoredValue($L)", type(GeneratedNames.enumType(owner, a)), text);
      case BOOLEAN -> CodeBlock.of("$T.parseBoolean($L)", Boolean.class, text);
      case INT -> CodeBlock.of("$T.toIntExact($L)", Math.class, parseLong(a, text));
      case LONG -> parseLong(a, text);
      case INSTANT ->
          CodeBlock.of("$T.$L.parse($L)", RuntimeTypes.INSTANT_FORMAT, instantFormat(a), text);
      case DATE -> CodeBlock.of("$T.parseDate($L)", RuntimeTypes.KEY_VALUE, text);
      default -> text;
    };
  }

  private static CodeBlock parseLong(Attribute a, CodeBlock text) {
    return a.pad() > 0
        ? CodeBlock.of("$T.parsePadded($L)", RuntimeTypes.KEY_VALUE, text)
        : CodeBlock.of("$T.parseLong($L)", Long.class, text);
  }

  /** An expression encoding the model literal {@code text} for an attribute. */
  CodeBlock literal(String owner, Attribute a, String text) {
    return switch (a.type().kind()) {
      case INT -> CodeBlock.of("$L", Integer.parseInt(text));
      case LONG -> CodeBlock.of("$LL", Long.parseLong(text));
      case DECIMAL -> CodeBlock.of("new $T($S)", BigDecimal.class, text);
      case DOUBLE -> CodeBlock.of("$L", Double.parseDouble(text));
      case BOOLEAN -> CodeBlock.of("$L", Boolean.parseBoolean(text));
      case INSTANT ->
          CodeBlock.of("$T.$L.parse($S)", RuntimeTypes.INSTANT_FORMAT, instantFormat(a), text);
      case DATE -> CodeBlock.of("$T.parse($S)", LocalDate.class, text);
      case ENUM ->
          CodeBlock.of("$T.fromStoredValue($S)", type(GeneratedNames.enumType(owner, a)), text);
      default -> CodeBlock.of("$S", text);
    };
  }
}
