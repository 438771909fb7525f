package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.EmbeddedType;
import dev.tablesmith.generator.model.GeneratedNames;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The codec of an embedded type: its value as a map (M), field by field. */
final class EmbeddedEmitter {
  private final JavaTypes types;

  EmbeddedEmitter(JavaTypes types) {
    this.types = types;
  }

  TypeSpec.Builder codec(EmbeddedType t) {
    ClassName value = types.type(t.name());
    ClassName codec = types.type(GeneratedNames.codec(t.name()));
    ParameterizedTypeName codecType =
        ParameterizedTypeName.get(RuntimeTypes.ATTRIBUTE_CODEC, value);
    TypeSpec.Builder impl = TypeSpec.anonymousClassBuilder("").addSuperinterface(codecType);
    MethodSpec.Builder encode =
        MethodSpec.methodBuilder("encode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(RuntimeTypes.ATTRIBUTE_VALUE)
            .addParameter(value, "value")
            .addStatement(
                "$T item = $T.create($L)",
                RuntimeTypes.ITEM_WRITER,
                RuntimeTypes.ITEM_WRITER,
                t.fields().size());
    AttributeReads reads = new AttributeReads(types, t.name(), List.of("CODEC"), List.of());
    for (Attribute f : t.fields()) {
      encode.addStatement(reads.write(f));
    }
    impl.addMethod(
        encode
            .addStatement("return $T.createM(item.build())", RuntimeTypes.ATTRIBUTE_VALUE)
            .build());
    impl.addMethod(
        MethodSpec.methodBuilder("decode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(value)
            .addParameter(RuntimeTypes.ATTRIBUTE_VALUE, "stored")
            .addStatement(
                "$T item = $T.storedMap(stored)", CodecEmitter.ITEM, RuntimeTypes.ATTRIBUTE_CODECS)
            .addCode(
                reads.decode(
                    value, t.fields(), CodeBlock.of("$T.nested(stored)", RuntimeTypes.ITEM_READER)))
            .build());
    // CODEC comes first: a field codec that names this type (a list of it) reads it while the
    // class initializes.
    return TypeSpec.classBuilder(codec)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Stores {@link $T} values as maps (M).\n", value)
        .addField(
            FieldSpec.builder(codecType, "CODEC", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The codec.\n")
                .initializer("$L", impl.build())
                .build())
        .addFields(reads.fields())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethods(reads.methods());
  }
}
