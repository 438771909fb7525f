package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import dev.tablesmith.generator.model.Attribute;
import java.util.List;
import java.util.Objects;

/**
 * How one generated class reads its attributes through a local {@code reader}: a list or map by a
 * loop of the class's own ({@link NestedReads}), any other attribute by its codec constant ({@link
 * CodecConstants}); an absent attribute that has a default reads as its default. Entity codecs,
 * embedded codecs and projections all read through this, so an attribute reads the same wherever it
 * is.
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
   * @param sourceType the type of what the decoder reads from (the item, or the embedded value)
   * @param source the decoder's parameter of that type
   * @param failingReader an expression of the reader that names a failure, made of {@code source}
   */
  AttributeReads(
      JavaTypes types,
      String owner,
      List<String> reservedFields,
      List<String> reservedMethods,
      TypeName sourceType,
      String source,
      CodeBlock failingReader) {
    this.types = types;
    this.owner = owner;
    this.codecs = new CodecConstants(types, owner, reservedFields);
    this.nested = new NestedReads(types, owner, reservedMethods, sourceType, source, failingReader);
  }

  /** The codecs the class names: constants, or fields of the class (see {@link #fields()}). */
  CodecConstants codecs() {
    return codecs;
  }

  /**
   * The expression that reads {@code a}: its value; for an absent (or NULL) attribute its default
   * if it has one, else null if it is optional, else a failure that names it.
   */
  CodeBlock read(Attribute a) {
    boolean orNull = JavaTypes.nullable(a) || a.defaultValue().isPresent();
    CodeBlock read =
        NestedReads.applies(a)
            ? nested.read(a, orNull)
            : CodeBlock.of(
                "reader.$L($S, $L)", orNull ? "getOrNull" : "get", a.storedName(), codecs.ref(a));
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
