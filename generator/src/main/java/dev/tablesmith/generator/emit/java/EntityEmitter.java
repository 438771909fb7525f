package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.TypeRef;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * An immutable value class for an entity or embedded type, with a builder: required values are
 * checked, collections copied, the model's defaults applied by the builder. (JavaPoet 1.13 cannot
 * write records, so equals, hashCode and toString are written out.)
 */
final class EntityEmitter {
  private final JavaTypes types;

  EntityEmitter(JavaTypes types) {
    this.types = types;
  }

  /** The class {@code name} of {@code attributes}; {@code doc} opens its Javadoc. */
  TypeSpec.Builder emit(ClassName name, List<Attribute> attributes, String doc) {
    return emit(name, name.simpleName(), attributes, doc);
  }

  /** As {@link #emit(ClassName, List, String)}, the attributes' enums named after {@code owner}. */
  TypeSpec.Builder emit(ClassName name, String owner, List<Attribute> attributes, String doc) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("$L\n", doc);
    ClassName builder = name.nestedClass("Builder");
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builder, "builder");
    for (Attribute a : attributes) {
      TypeName t = types.of(owner, a);
      type.addField(t, a.name(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = $L", a.name(), checked(a, t));
      type.addMethod(
          MethodSpec.methodBuilder(a.name())
              .addModifiers(Modifier.PUBLIC)
              .returns(t)
              .addJavadoc(
                  "$L.\n\n@return the value$L\n",
                  componentDoc(a),
                  JavaTypes.nullable(a) ? ", or null" : "")
              .addStatement("return $N", a.name())
              .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addJavadoc(
                "A builder for $L values, holding the model's defaults.\n\n@return a new builder\n",
                name.simpleName())
            .addStatement("return new Builder()")
            .build());
    type.addMethod(toBuilder(builder, attributes));
    type.addMethod(equalsMethod(name, owner, attributes));
    type.addMethod(hashCodeMethod(attributes));
    type.addMethod(toStringMethod(name, attributes));
    type.addType(builderType(name, owner, attributes));
    return type;
  }

  private static String componentDoc(Attribute a) {
    String stored =
        a.storedName().equals(a.name()) ? "" : " (stored as " + DocText.code(a.storedName()) + ")";
    String text =
        a.description().isEmpty()
            ? "The " + a.name() + " attribute"
            : DocText.sanitize(a.description());
    return text + stored;
  }

  private static CodeBlock checked(Attribute a, TypeName t) {
    CodeBlock value = CodeBlock.of("builder.$N", a.name());
    if (!t.isPrimitive() && !JavaTypes.nullable(a)) {
      value = CodeBlock.of("$T.requireNonNull($L, $S)", Objects.class, value, a.name());
    }
    TypeRef.Kind kind = a.type().kind();
    if (kind == TypeRef.Kind.DECIMAL) {
      // DynamoDB numbers keep no scale (12.50 comes back as 12.5): normalize, to plain digits,
      // so a value equals itself read back and prints as written.
      CodeBlock normal =
          CodeBlock.of(
              "new $T($L.stripTrailingZeros().toPlainString())", java.math.BigDecimal.class, value);
      return JavaTypes.nullable(a)
          ? CodeBlock.of("builder.$N == null ? null : $L", a.name(), normal)
          : normal;
    }
    if (kind != TypeRef.Kind.LIST && kind != TypeRef.Kind.SET && kind != TypeRef.Kind.MAP) {
      return value;
    }
    // A list its decoder made read-only is kept as it is; any other list, set or map is copied.
    CodeBlock copied =
        kind == TypeRef.Kind.LIST
            ? CodeBlock.of("$T.immutableList($L)", RuntimeTypes.ATTRIBUTE_CODECS, value)
            : CodeBlock.of(
                "$T.copyOf($L)",
                ClassName.get("java.util", kind == TypeRef.Kind.SET ? "Set" : "Map"),
                value);
    return JavaTypes.nullable(a)
        ? CodeBlock.of("builder.$N == null ? null : $L", a.name(), copied)
        : copied;
  }

  private static MethodSpec toBuilder(ClassName builder, List<Attribute> attributes) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("toBuilder")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addJavadoc(
                "A builder holding this value's attributes, to make a changed copy.\n\n"
                    + "@return a new builder\n")
            .addStatement("$T builder = new $T()", builder, builder);
    for (Attribute a : attributes) {
      m.addStatement("builder.$N = this.$N", a.name(), a.name());
    }
    return m.addStatement("return builder").build();
  }

  private MethodSpec equalsMethod(ClassName name, String owner, List<Attribute> attributes) {
    CodeBlock.Builder same = CodeBlock.builder();
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      TypeName t = types.of(owner, a);
      same.add(i == 0 ? "" : "\n    && ");
      if (t.equals(TypeName.DOUBLE)) {
        same.add("$T.compare(this.$N, other.$N) == 0", Double.class, a.name(), a.name());
      } else if (t.isPrimitive()) {
        same.add("this.$N == other.$N", a.name(), a.name());
      } else {
        same.add("$T.equals(this.$N, other.$N)", Objects.class, a.name(), a.name());
      }
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "o")
        .addStatement("return o instanceof $T other\n    && $L", name, same.build())
        .build();
  }

  private static MethodSpec hashCodeMethod(List<Attribute> attributes) {
    CodeBlock.Builder fields = CodeBlock.builder();
    for (int i = 0; i < attributes.size(); i++) {
      fields.add(i == 0 ? "$N" : ", $N", attributes.get(i).name());
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash($L)", Objects.class, fields.build())
        .build();
  }

  private static MethodSpec toStringMethod(ClassName name, List<Attribute> attributes) {
    CodeBlock.Builder text = CodeBlock.builder().add("$S", name.simpleName() + "{");
    for (int i = 0; i < attributes.size(); i++) {
      String label = (i == 0 ? "" : ", ") + attributes.get(i).name() + "=";
      text.add("\n    + $S + $N", label, attributes.get(i).name());
    }
    text.add(" + $S", "}");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $L", text.build())
        .build();
  }

  private TypeSpec builderType(ClassName name, String owner, List<Attribute> attributes) {
    ClassName builder = name.nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Builds {@link $T} values.\n", name);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Attribute a : attributes) {
      TypeName t = types.of(owner, a);
      FieldSpec.Builder field = FieldSpec.builder(t, a.name(), Modifier.PRIVATE);
      a.defaultValue().ifPresent(v -> field.initializer(types.literal(owner, a, v.text())));
      type.addField(field.build());
      type.addMethod(
          MethodSpec.methodBuilder(a.name())
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(t, a.name())
              .addJavadoc(
                  "Sets $L.\n\n@param $L the value$L\n@return this builder\n",
                  a.name(),
                  a.name(),
                  JavaTypes.nullable(a) ? ", or null" : "")
              .addStatement("this.$N = $N", a.name(), a.name())
              .addStatement("return this")
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(name)
            .addJavadoc(
                "The value.\n\n@return a new $L\n@throws NullPointerException when a required"
                    + " attribute was not set\n",
                name.simpleName())
            .addStatement("return new $T(this)", name)
            .build());
    return type.build();
  }
}
