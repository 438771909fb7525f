package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.TypeRef;
import javax.lang.model.element.Modifier;

/** A Java enum for an enum attribute, with its stored values and codec. */
final class EnumEmitter {
  private EnumEmitter() {}

  static TypeSpec.Builder emit(ClassName name, String owner, Attribute a) {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Values of $L.$L.\n", owner, a.name());
    if (!a.description().isEmpty()) {
      type.addJavadoc("\n<p>$L\n", DocText.sanitize(a.description()));
    }
    for (TypeRef.EnumValue v : a.type().values()) {
      type.addEnumConstant(
          v.constant(),
          TypeSpec.anonymousClassBuilder("$S", v.stored())
              .addJavadoc("Stored as $L.\n", DocText.code(v.stored()))
              .build());
    }
    ParameterizedTypeName codec = ParameterizedTypeName.get(RuntimeTypes.ENUM_CODEC, name);
    type.addField(
        FieldSpec.builder(codec, "CODEC", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Stores the enum as its stored values; an unknown stored value is an error.\n")
            .initializer(
                "$T.of($S, values(), $T::storedValue)",
                RuntimeTypes.ENUM_CODEC,
                name.simpleName(),
                name)
            .build());
    type.addField(String.class, "storedValue", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(String.class, "storedValue")
            .addStatement("this.storedValue = storedValue")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("storedValue")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The value stored in DynamoDB.\n\n@return the stored value\n")
            .addStatement("return storedValue")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("fromStoredValue")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(String.class, "value")
            .addJavadoc(
                "The constant stored as {@code value}.\n\n"
                    + "@param value a stored value\n"
                    + "@return its constant\n"
                    + "@throws IllegalArgumentException when no constant stores it\n")
            .beginControlFlow("for ($T candidate : values())", name)
            .beginControlFlow("if (candidate.storedValue.equals(value))")
            .addStatement("return candidate")
            .endControlFlow()
            .endControlFlow()
            .addStatement(
                "throw new $T($S + value + $S)",
                IllegalArgumentException.class,
                "no " + name.simpleName() + " is stored as '",
                "'")
            .build());
    return type;
  }
}
