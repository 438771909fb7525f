package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.TypeRef;
import java.util.List;
import java.util.function.Function;

/**
 * How one generated class decodes: each attribute's stored value taken from the local map {@code
 * item} and handed to its codec constant ({@link CodecConstants}), or for a list or map to a loop
 * of the class's own ({@link NestedLoops}); an absent attribute that has a default reads as its
 * default; the value's builder takes each. One {@code try} covers every read; the local {@code at}
 * holds the attribute being read, for the error. Entity codecs, embedded codecs and projections all
 * decode through this, so an attribute reads the same wherever it is.
 *
 * <p>Each codec is called on its constant, not through {@code ItemReader.get(name, codec)}: that is
 * shared by every codec, so where C2 stops inlining a large decoder it calls the codec through the
 * interface. A reader made before the {@code try} for its {@code catch} would escape and be
 * allocated on every decode; the {@code catch} makes its own. Tried and dropped: constructing the
 * value from one argument an attribute instead of the builder (the task gained nothing measurable;
 * HUGE_FLAT, 63 values live at once, went from 406 to 788 ns), and decoding every attribute into a
 * local first (the task 218.8 ns against 210.0 in place).
 *
 * <p>Encoders write through {@link #write}, so an attribute is written alike wherever it is too.
 */
final class AttributeReads {
  private final JavaTypes types;
  private final String owner;
  private final CodecConstants codecs;
  private final NestedLoops nested;
  private final NameAllocator locals = new NameAllocator();
  private final CodeBlock.Builder lookups = CodeBlock.builder();

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
    this.nested = new NestedLoops(types, owner, reservedMethods);
    for (String name : List.of("item", "stored", "key", "at", "e")) {
      locals.newName(name, "local " + name);
    }
  }

  /** The codecs the class names: constants, or fields of the class (see {@link #fields()}). */
  CodecConstants codecs() {
    return codecs;
  }

  /**
   * The statements that decode a {@code type} of {@code attributes}, each {@link #read}: see {@link
   * #decode(CodeBlock, CodeBlock)}.
   */
  CodeBlock decode(ClassName type, List<Attribute> attributes, CodeBlock failingReader) {
    return decode(construct(type, attributes, this::read), failingReader);
  }

  /**
   * The statements that look the optional attributes up, return {@code value} (an expression of
   * {@link #read}s, made before this is called) and turn a failure into the error {@code
   * failingReader} (an {@code ItemReader} expression) makes of it.
   */
  CodeBlock decode(CodeBlock value, CodeBlock failingReader) {
    return CodeBlock.builder()
        .add(lookups.build())
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
   * (null, or the empty set) if it is optional or a set, else a failure that names it. The codec is
   * always called on its constant, never through a shared helper that C2 would compile apart and
   * call every codec from through the interface.
   *
   * <p>An optional attribute is looked up into a local before the value is built ({@link #decode}
   * writes the lookups) and decoded in place. Measured on the benchmarks' task (scratch JMH, 3
   * forks of 5 iterations): 185.8 ns against 212.8 looked up in place, the hand-written decoder
   * 183.6, which looks its optional attributes up first too.
   */
  CodeBlock read(Attribute a) {
    boolean optional =
        JavaTypes.nullable(a)
            || a.defaultValue().isPresent()
            || a.type().kind() == TypeRef.Kind.SET;
    boolean loop = NestedLoops.applies(a);
    CodeBlock decoder = loop ? nested.decoder(a) : CodeBlock.of("$L.decode", codecs.ref(a));
    if (!optional) {
      // A document takes NULL as a value, so only it needs NULL checked before decoding; every
      // other codec refuses NULL as the wrong type, and ItemReader.failure reports it as missing.
      return CodeBlock.of(
          "$L($T.$L(item, at = $S))",
          decoder,
          RuntimeTypes.ITEM_READER,
          a.type().kind() == TypeRef.Kind.DOCUMENT ? "required" : "stored",
          a.storedName());
    }
    String local = locals.newName(a.name(), a);
    lookups.addStatement(
        "$T $N = $T.optional(item, $S)",
        RuntimeTypes.ATTRIBUTE_VALUE,
        local,
        RuntimeTypes.ITEM_READER,
        a.storedName());
    CodeBlock absent;
    if (a.defaultValue().isPresent()) {
      absent = types.literal(owner, a, a.defaultValue().get().text());
    } else if (a.type().kind() == TypeRef.Kind.SET) {
      absent = CodeBlock.of("$L.whenAbsent()", codecs.ref(a));
    } else {
      absent = CodeBlock.of("null");
    }
    return CodeBlock.of(
        "$N == null ? $L : $L($T.reading($N, at = $S))",
        local,
        absent,
        decoder,
        RuntimeTypes.ITEM_READER,
        local,
        a.storedName());
  }

  /**
   * The statement that writes {@code a}, read from the local {@code value}, into the local {@code
   * item} (an {@code ItemWriter}): through its codec constant, or for a list or map through a loop
   * of the class's own. An absent value is left out.
   */
  CodeBlock write(Attribute a) {
    return NestedLoops.applies(a)
        ? CodeBlock.of("item.put($S, $L(value.$N()))", a.storedName(), nested.encoder(a), a.name())
        : CodeBlock.of("item.put($S, $L, value.$N())", a.storedName(), codecs.ref(a), a.name());
  }

  /** The codec fields the reads and writes (and any {@code codecs().ref} since) made. */
  List<FieldSpec> fields() {
    return codecs.fields();
  }

  /** The encoding and decoding methods of the list and map attributes written and read so far. */
  List<MethodSpec> methods() {
    return nested.methods();
  }
}
