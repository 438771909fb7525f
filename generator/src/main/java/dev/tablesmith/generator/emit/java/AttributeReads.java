package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import dev.tablesmith.generator.model.Attribute;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one generated class decodes: each attribute's stored value taken from the local map {@code
 * item} and handed to its codec constant ({@link CodecConstants}), or for a list or map to a loop
 * of the class's own ({@link NestedReads}); an absent attribute that has a default reads as its
 * default; the value's builder takes each. One {@code try} covers every read; the local {@code at}
 * holds the attribute being read, for the error. Entity codecs, embedded codecs and projections all
 * decode through this, so an attribute reads the same wherever it is.
 *
 * <p>Measured against reading through {@code ItemReader.get(name, codec)} (the form before;
 * CodecBenchmark, 3 forks): the 12-attribute task 217.8 against about 230 ns, the hand-written
 * decoder 185.0. {@code ItemReader.get} is shared by every codec, so where C2 stops inlining a
 * large decoder it calls the codec through the interface; a constant it calls directly. A reader
 * made before the {@code try} for its {@code catch} would escape and be allocated on every decode;
 * the {@code catch} makes its own. Tried and dropped: constructing the value from one argument an
 * attribute instead of the builder. The task gained nothing measurable (214 ns) and HUGE_FLAT, 63
 * values live at once, went from 406 to 788 ns.
 */
final class AttributeReads {
  private final JavaTypes types;
  private final String owner;
  private final CodecConstants codecs;
  private final NestedReads nested;

  /**
   * @param owner the entity or embedded type whose attributes these are
   * @param reservedFields the names of the class's other fields
   * @param reservedMethods the names of the class's other methods
   */
  AttributeReads(
      JavaTypes types, String owner, List<String> reservedFields, List<String> reservedMethods) {
    this.types = types;
    this.owner = owner;
    this.codecs = new CodecConstants(types, owner, reservedFields);
    this.nested = new NestedReads(types, owner, reservedMethods);
  }

  /** The codecs the class names: constants, or fields of the class (see {@link #fields()}). */
  CodecConstants codecs() {
    return codecs;
  }

  /**
   * The statements that return {@code value} (an expression of {@link #read}s) and turn a failure
   * into the error {@code failingReader} (an {@code ItemReader} expression) makes of it.
   */
  CodeBlock decode(CodeBlock value, CodeBlock failingReader) {
    return CodeBlock.builder()
        .addStatement("$T at = null", String.class)
        .beginControlFlow("try")
        .addStatement("return $L", value)
        .nextControlFlow("catch ($T e)", RuntimeTypes.VALUE_DECODE_EXCEPTION)
        .addStatement("throw $L.failure(at, e)", failingReader)
        .endControlFlow()
        .build();
  }

  /** The expression that builds a {@code type} of {@code attributes}, each from {@code read}. */
  static CodeBlock construct(
      ClassName type, List<Attribute> attributes, Function<Attribute, CodeBlock> read) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.builder()", type);
    for (Attribute a : attributes) {
      b.add("\n    .$N($L)", a.name(), read.apply(a));
    }
    return b.add("\n    .build()").build();
  }

  /**
   * The expression that reads {@code a} from {@code item}, setting {@code at}: its value; for an
   * absent (or NULL) attribute its default if it has one, else what its codec reads absence as
   * (null, or the empty set) if it is optional or a set, else a failure that names it.
   */
  CodeBlock read(Attribute a) {
    boolean orAbsent =
        JavaTypes.nullable(a)
            || a.defaultValue().isPresent()
            || a.type().kind() == dev.tablesmith.generator.model.TypeRef.Kind.SET;
    CodeBlock value =
        CodeBlock.of(
            "$T.$L(item, at = $S)",
            RuntimeTypes.ITEM_READER,
            orAbsent ? "optional" : "required",
            a.storedName());
    CodeBlock read =
        NestedReads.applies(a)
            ? CodeBlock.of("$L($L)", nested.method(a), value)
            : CodeBlock.of(
                "$L.$L($L)", codecs.ref(a), orAbsent ? "decodeOrAbsent" : "decode", value);
    if (a.defaultValue().isEmpty()) {
      return read;
    }
    return CodeBlock.of(
        "$T.requireNonNullElse($L, $L)",
        Objects.class,
        read,
        types.literal(owner, a, a.defaultValue().get().text()));
  }

  /** The codec fields the reads (and any {@code codecs().ref} since) made. */
  List<FieldSpec> fields() {
    return codecs.fields();
  }

  /** The decoding methods of the list and map attributes read so far. */
  List<MethodSpec> methods() {
    return nested.methods();
  }
}
