package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.KeyPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * An entity's key: the attributes of its primary-key templates, the rendered key item, and the
 * parse back from an item's key attributes (so keys come back from keys-only indexes too).
 */
final class KeyEmitter {
  private final JavaTypes types;
  private final CodecEmitter codecs;

  KeyEmitter(JavaTypes types, CodecEmitter codecs) {
    this.types = types;
    this.codecs = codecs;
  }

  TypeSpec.Builder emit(Entity e, ClassName key, Templates templates) {
    EntityKey primary = e.primaryKey();
    List<Attribute> attributes = primary.attributes().stream().map(templates::attribute).toList();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(key)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The primary key of a $L: $L.\n", e.name(), DocText.code(describe(primary)));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    MethodSpec.Builder of =
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(key)
            .addJavadoc("The key of the $L with these values.\n\n", e.name());
    List<CodeBlock> names = new ArrayList<>();
    for (Attribute a : attributes) {
      TypeName t = types.of(e.name(), a);
      type.addField(t, a.name(), Modifier.PRIVATE, Modifier.FINAL);
      constructor
          .addParameter(t, a.name())
          .addStatement(
              "this.$N = $L",
              a.name(),
              t.isPrimitive()
                  ? CodeBlock.of("$N", a.name())
                  : CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, a.name(), a.name()));
      of.addParameter(t, a.name()).addJavadoc("@param $L the $L\n", a.name(), a.name());
      names.add(CodeBlock.of("$N", a.name()));
      type.addMethod(
          MethodSpec.methodBuilder(a.name())
              .addModifiers(Modifier.PUBLIC)
              .returns(t)
              .addJavadoc("The $L.\n\n@return the value\n", a.name())
              .addStatement("return $N", a.name())
              .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(
        of.addJavadoc("@return the key\n")
            .addStatement("return new $T($L)", key, CodeBlock.join(names, ", "))
            .build());
    type.addMethod(toItemKey(e, primary, templates));
    type.addMethod(fromItem(e, key, primary, templates, attributes));
    type.addMethod(equalsMethod(key, attributes));
    type.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(names, ", "))
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S + toItemKey()", key.simpleName())
            .build());
    return type;
  }

  private static String describe(EntityKey key) {
    List<String> parts = new ArrayList<>();
    for (KeyPart p : key.parts()) {
      parts.add(p.attribute().name() + " = " + p.template().source());
    }
    return String.join(", ", parts);
  }

  private MethodSpec toItemKey(Entity e, EntityKey primary, Templates templates) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("toItemKey")
            .addModifiers(Modifier.PUBLIC)
            .returns(CodecEmitter.ITEM)
            .addJavadoc(
                "The key as DynamoDB takes it.\n\n"
                    + "@return the key attributes\n"
                    + "@throws dev.tablesmith.runtime.InvalidKeyException when a value cannot be"
                    + " put in a key\n");
    List<CodeBlock> entries = new ArrayList<>();
    for (KeyPart part : primary.parts()) {
      entries.add(CodeBlock.of("$S, $L", part.attribute().name(), value(e, part, templates)));
    }
    return m.addStatement("return $T.of($L)", Map.class, CodeBlock.join(entries, ", ")).build();
  }

  private CodeBlock value(Entity e, KeyPart part, Templates templates) {
    if (templates.isPlain(part)) {
      Attribute a = templates.attribute(part.template().placeholders().get(0));
      return CodeBlock.of("$L.encode($N)", types.codec(e.name(), a), a.name());
    }
    return CodeBlock.of(
        "$T.createS($L)", RuntimeTypes.ATTRIBUTE_VALUE, codecs.render(templates, part, "this"));
  }

  private MethodSpec fromItem(
      Entity e, ClassName key, EntityKey primary, Templates templates, List<Attribute> attributes) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("fromItem")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(key)
            .addParameter(CodecEmitter.ITEM, "item")
            .addJavadoc(
                "Reads the key back from an item's key attributes (any item of this entity, from"
                    + " the table or any index).\n\n"
                    + "@param item the item\n"
                    + "@return its key\n"
                    + "@throws dev.tablesmith.runtime.InvalidKeyException when a key does not have"
                    + " this entity's shape\n");
    List<CodeBlock> args = new ArrayList<>();
    for (Attribute a : attributes) {
      args.add(parse(e, a, primary, templates));
    }
    for (KeyPart part : primary.parts()) {
      if (!templates.isPlain(part) && !part.template().isConstant()) {
        m.addStatement(
            "$T<$T, $T> $N = $L.parse(item.get($S).s())",
            Map.class,
            String.class,
            String.class,
            variable(primary, part),
            templates.ref(part),
            part.attribute().name());
      }
    }
    return m.addStatement("return new $T($L)", key, CodeBlock.join(args, ", ")).build();
  }

  private CodeBlock parse(Entity e, Attribute a, EntityKey primary, Templates templates) {
    for (KeyPart part : primary.parts()) {
      if (templates.isPlain(part) && part.template().placeholders().get(0).equals(a.name())) {
        return CodeBlock.of(
            "$L.decode(item.get($S))", types.codec(e.name(), a), part.attribute().name());
      }
      if (part.template().placeholders().contains(a.name())) {
        return types.parseKeyValue(
            e.name(), a, CodeBlock.of("$N.get($S)", variable(primary, part), a.name()));
      }
    }
    throw new IllegalStateException(a.name() + " is in no key part");
  }

  /** A local for the values parsed from one key attribute: key0, key1 (no model text). */
  private static String variable(EntityKey primary, KeyPart part) {
    return "key" + primary.parts().indexOf(part);
  }

  private MethodSpec equalsMethod(ClassName key, List<Attribute> attributes) {
    List<CodeBlock> same = new ArrayList<>();
    for (Attribute a : attributes) {
      same.add(CodeBlock.of("$T.equals(this.$N, other.$N)", Objects.class, a.name(), a.name()));
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "o")
        .addStatement(
            "return o instanceof $T other && $L",
            key,
            same.isEmpty() ? CodeBlock.of("true") : CodeBlock.join(same, " && "))
        .build();
  }
}
