package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.GeneratedNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The codecs one generated codec class uses. A runtime constant ({@code AttributeCodecs.STRING}, an
 * enum's {@code CODEC}) is named as is; any other codec (an instant in another format, a list, a
 * map) becomes a static final field of the class, made once. So encoding and decoding create no
 * codec objects, and the JIT sees every codec as a constant and inlines it.
 */
final class CodecConstants {
  private final JavaTypes types;
  private final String owner;
  private final NameAllocator names = new NameAllocator();
  private final Map<String, FieldSpec> fields = new LinkedHashMap<>();

  /**
   * @param owner the entity or embedded type whose attributes these are
   * @param reserved the names of the class's other fields
   */
  CodecConstants(JavaTypes types, String owner, List<String> reserved) {
    this.types = types;
    this.owner = owner;
    for (String name : reserved) {
      names.newName(name, "field " + name);
    }
  }

  /** The codec of {@code a}: a constant expression, or the field holding it. */
  CodeBlock ref(Attribute a) {
    CodeBlock codec = types.codec(owner, a);
    if (types.isConstantCodec(a)) {
      return codec;
    }
    FieldSpec field =
        fields.computeIfAbsent(
            a.name(),
            name ->
                FieldSpec.builder(
                        ParameterizedTypeName.get(
                            RuntimeTypes.ATTRIBUTE_CODEC, types.boxed(owner, a, a.type())),
                        names.newName(
                            GeneratedNames.constant(name) + "_CODEC", "attribute " + name),
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("$L", codec)
                    .build());
    return CodeBlock.of("$N", field);
  }

  /** The fields made so far, in the order their attributes were first named. */
  List<FieldSpec> fields() {
    return new ArrayList<>(fields.values());
  }
}
