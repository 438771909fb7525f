package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The encoders and decoders of one codec class's list and map attributes, each a private static
 * method of nested loops, one loop a level, that calls its leaf codec (a constant) directly.
 * Composed codec objects ({@code map(list(BYTES))}) share one {@code encode} and one {@code decode}
 * per collection kind, so beyond a level or two the JIT calls each element through an interface; a
 * loop of this class's own does not. Measured on the benchmarks' HUGE shape (scratch JMH, 3 forks):
 * encode 3,584 ns in loops, 4,048 through the composed codecs, 3,587 hand-written.
 */
final class NestedLoops {
  private static final TypeName STORED_LIST =
      ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.ATTRIBUTE_VALUE);

  private final JavaTypes types;
  private final String owner;
  private final NameAllocator names = new NameAllocator();
  private final List<MethodSpec> methods = new ArrayList<>();

  /**
   * @param owner the entity or embedded type whose attributes these are
   * @param reserved the names of the class's other methods
   */
  NestedLoops(JavaTypes types, String owner, List<String> reserved) {
    this.types = types;
    this.owner = owner;
    reserved.forEach(name -> names.newName(name, "method " + name));
  }

  /**
   * Whether {@code a} is written and read by methods of this class rather than through its codec.
   */
  static boolean applies(Attribute a) {
    return a.type().kind() == TypeRef.Kind.LIST || a.type().kind() == TypeRef.Kind.MAP;
  }

  /**
   * The method that decodes {@code a}'s stored value (null for null), made now; its failures are
   * {@code ValueDecodeException}s, which the decoder that calls it names the attribute in.
   */
  CodeBlock decoder(Attribute a) {
    String name = names.newName("decode" + capitalized(a.name()), "attribute " + a.name());
    CodeBlock.Builder body = CodeBlock.builder();
    CodeBlock result = readLevel(body, a, a.type(), "value", 0);
    return method(
        name,
        CodeBlock.of(
            "Decodes {@code $L} in place, a loop a level; null for null.\n\n"
                + "@param value the stored value, or null\n"
                + "@return the value, or null\n"
                + "@throws $T when it has the wrong type or shape\n",
            a.storedName(),
            RuntimeTypes.VALUE_DECODE_EXCEPTION),
        types.boxed(owner, a, a.type()),
        RuntimeTypes.ATTRIBUTE_VALUE,
        body.build(),
        result);
  }

  /**
   * Writes the code that decodes {@code in} (of {@code type}) and returns the expression of its
   * value. Lists are read-only ({@code FrozenList}s, which the value class keeps as they are), and
   * so are maps below the top (views); the value class copies a top-level map, as it copies a
   * hand-built one.
   */
  private CodeBlock readLevel(
      CodeBlock.Builder b, Attribute a, TypeRef type, String in, int depth) {
    if (type.kind() != TypeRef.Kind.LIST && type.kind() != TypeRef.Kind.MAP) {
      return CodeBlock.of("$L.decode($L)", types.elementCodec(owner, a, type), in);
    }
    TypeRef element = type.element().orElseThrow();
    TypeName elementType = types.boxed(owner, a, element);
    String out = "out" + depth;
    if (type.kind() == TypeRef.Kind.LIST) {
      String stored = "list" + depth;
      String item = "item" + depth;
      b.addStatement(
          "$T $L = $T.storedList($L)", STORED_LIST, stored, RuntimeTypes.ATTRIBUTE_CODECS, in);
      // The elements go into an array that becomes a read-only list as it is: one object over the
      // array, where an ArrayList behind unmodifiableList is two; a value class keeps it without
      // a copy (AttributeCodecs.immutableList), where it would copy an ArrayList twice.
      String index = "index" + depth;
      b.addStatement("$T[] $L = new $T[$L.size()]", Object.class, out, Object.class, stored);
      b.addStatement("int $L = 0", index);
      b.beginControlFlow("for ($T $L : $L)", RuntimeTypes.ATTRIBUTE_VALUE, item, stored);
      b.addStatement("$L[$L++] = $L", out, index, readLevel(b, a, element, item, depth + 1));
      b.endControlFlow();
      return CodeBlock.of(
          "$T.<$T>readOnlyList($L)", RuntimeTypes.ATTRIBUTE_CODECS, elementType, out);
    }
    String stored = "map" + depth;
    String key = "key" + depth;
    String entry = "value" + depth;
    b.addStatement(
        "$T $L = $T.storedMap($L)", CodecEmitter.ITEM, stored, RuntimeTypes.ATTRIBUTE_CODECS, in);
    b.addStatement(
        "$T $L = new $T<>($T.capacity($L.size()))",
        ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), elementType),
        out,
        HashMap.class,
        RuntimeTypes.ATTRIBUTE_CODECS,
        stored);
    // forEach, not entrySet: the SDK's maps are unmodifiable views, whose entry set wraps every
    // entry in one more object (scratch JMH, HUGE's mapAttr3: 387 against 491 ns, 1,888 against
    // 2,096 bytes).
    b.add("$L.forEach(($L, $L) -> {\n", stored, key, entry).indent();
    b.addStatement("$L.put($L, $L)", out, key, readLevel(b, a, element, entry, depth + 1));
    b.unindent().add("});\n");
    return depth == 0
        ? CodeBlock.of("$L", out)
        : CodeBlock.of("$T.unmodifiableMap($L)", Collections.class, out);
  }

  /**
   * The method that encodes {@code a}'s value (null for null), made now. A null element, map key or
   * map value is refused ({@code InvalidValueException}), as the composed codecs refuse it.
   */
  CodeBlock encoder(Attribute a) {
    String name = names.newName("encode" + capitalized(a.name()), "encoder " + a.name());
    CodeBlock.Builder body = CodeBlock.builder();
    CodeBlock result = writeLevel(body, a, a.type(), "value", null, 0);
    return method(
        name,
        CodeBlock.of(
            "Encodes {@code $L} in place, a loop a level; null for null.\n\n"
                + "@param value the value, or null\n"
                + "@return the stored value, or null\n"
                + "@throws $T when an element, a key or a value inside is null\n",
            a.storedName(),
            RuntimeTypes.INVALID_VALUE_EXCEPTION),
        RuntimeTypes.ATTRIBUTE_VALUE,
        types.boxed(owner, a, a.type()),
        body.build(),
        result);
  }

  /**
   * Adds the private static method {@code name(value)}: null for null, else {@code body}, then
   * {@code result} returned.
   */
  private CodeBlock method(
      String name,
      CodeBlock javadoc,
      TypeName returns,
      TypeName parameter,
      CodeBlock body,
      CodeBlock result) {
    methods.add(
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc(javadoc)
            .returns(returns)
            .addParameter(parameter, "value")
            .beginControlFlow("if (value == null)")
            .addStatement("return null")
            .endControlFlow()
            .addCode(body)
            .addStatement("return $L", result)
            .build());
    return CodeBlock.of("$N", name);
  }

  /**
   * Writes the code that encodes {@code in} (of {@code type}) and returns the expression of its
   * stored value. {@code what} names what {@code in} is inside its container (a list element, a map
   * value), which is refused when null; null for the attribute's own value, which the caller
   * checks.
   */
  private CodeBlock writeLevel(
      CodeBlock.Builder b, Attribute a, TypeRef type, String in, String what, int depth) {
    CodeBlock value =
        what == null
            ? CodeBlock.of("$L", in)
            : CodeBlock.of("$T.nonNull($L, $S)", RuntimeTypes.ATTRIBUTE_CODECS, in, what);
    if (type.kind() != TypeRef.Kind.LIST && type.kind() != TypeRef.Kind.MAP) {
      return CodeBlock.of("$L.encode($L)", types.elementCodec(owner, a, type), value);
    }
    String source = in;
    if (what != null) {
      source = "in" + depth;
      b.addStatement("$T $L = $L", types.boxed(owner, a, type), source, value);
    }
    TypeRef element = type.element().orElseThrow();
    TypeName elementType = types.boxed(owner, a, element);
    String out = "out" + depth;
    if (type.kind() == TypeRef.Kind.LIST) {
      String item = "item" + depth;
      b.addStatement("$T $L = new $T<>($L.size())", STORED_LIST, out, ArrayList.class, source);
      b.beginControlFlow("for ($T $L : $L)", elementType, item, source);
      b.addStatement("$L.add($L)", out, writeLevel(b, a, element, item, "list element", depth + 1));
      b.endControlFlow();
      return CodeBlock.of("$T.createL($L)", RuntimeTypes.ATTRIBUTE_VALUE, out);
    }
    String key = "key" + depth;
    String entry = "value" + depth;
    b.addStatement(
        "$T $L = new $T<>($T.capacity($L.size()))",
        CodecEmitter.ITEM,
        out,
        HashMap.class,
        RuntimeTypes.ATTRIBUTE_CODECS,
        source);
    b.add("$L.forEach(($L, $L) -> {\n", source, key, entry).indent();
    CodeBlock stored = writeLevel(b, a, element, entry, "map value", depth + 1);
    b.addStatement(
        "$L.put($T.nonNull($L, $S), $L)",
        out,
        RuntimeTypes.ATTRIBUTE_CODECS,
        key,
        "map key",
        stored);
    b.unindent().add("});\n");
    return CodeBlock.of("$T.createM($L)", RuntimeTypes.ATTRIBUTE_VALUE, out);
  }

  /** The methods made so far, in the order their attributes were written or read. */
  List<MethodSpec> methods() {
    return List.copyOf(methods);
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
