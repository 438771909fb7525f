package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The result of an item-collection query ({@code UserWithOrders}): one typed list per entity and
 * the cursor of the next page; and the code that sorts a page's items into it by entity.
 */
final class CollectionResult {
  private final JavaTypes types;
  private final PlannedPattern pattern;
  private final ClassName name;

  CollectionResult(JavaTypes types, PlannedPattern pattern) {
    this.types = types;
    this.pattern = pattern;
    this.name = types.type(GeneratedNames.collection(pattern.declared()));
  }

  private TypeName list(Entity e) {
    return ParameterizedTypeName.get(ClassName.get(List.class), types.type(e.name()));
  }

  TypeSpec.Builder emit() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "A page of pattern $L: the $L items of one partition, by entity.\n",
                pattern.name(),
                String.join(", ", pattern.entities().stream().map(Entity::name).toList()));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    List<CodeBlock> fields = new ArrayList<>();
    for (Entity e : pattern.entities()) {
      String plural = GeneratedNames.plural(e);
      type.addField(list(e), plural, Modifier.PRIVATE, Modifier.FINAL);
      constructor
          .addParameter(list(e), plural)
          .addStatement("this.$N = $T.copyOf($N)", plural, List.class, plural);
      type.addMethod(
          MethodSpec.methodBuilder(plural)
              .addModifiers(Modifier.PUBLIC)
              .returns(list(e))
              .addJavadoc(
                  "The $L items of the page, in key order.\n\n@return the items\n", e.name())
              .addStatement("return $N", plural)
              .build());
      fields.add(CodeBlock.of("$N", plural));
    }
    type.addField(
        FieldSpec.builder(RuntimeTypes.CURSOR, "next", Modifier.PRIVATE, Modifier.FINAL).build());
    constructor.addParameter(RuntimeTypes.CURSOR, "next").addStatement("this.next = next");
    fields.add(CodeBlock.of("next"));
    type.addMethod(constructor.build());
    type.addMethod(
        MethodSpec.methodBuilder("next")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), RuntimeTypes.CURSOR))
            .addJavadoc(
                "The cursor of the next page, if there is one.\n\n@return the cursor, or empty\n")
            .addStatement("return $T.ofNullable(next)", Optional.class)
            .build());
    List<CodeBlock> same =
        fields.stream()
            .map(f -> CodeBlock.of("$T.equals(this.$L, other.$L)", Objects.class, f, f))
            .toList();
    type.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "o")
            .addStatement("return o instanceof $T other && $L", name, CodeBlock.join(same, " && "))
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(fields, ", "))
            .build());
    CodeBlock.Builder text = CodeBlock.builder().add("$S", name.simpleName() + "{");
    for (int i = 0; i < fields.size(); i++) {
      text.add(" + $S + $L", (i == 0 ? "" : ", ") + fields.get(i) + "=", fields.get(i));
    }
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $L + $S", text.build(), "}")
            .build());
    return type;
  }

  /** Sorts the items of page {@code raw} into the result, skipping items of other entities. */
  void read(MethodSpec.Builder m, String raw, NameAllocator locals) {
    List<CodeBlock> lists = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    for (Entity e : pattern.entities()) {
      String variable = locals.newName(GeneratedNames.plural(e));
      variables.add(variable);
      m.addStatement("$T $N = new $T<>()", list(e), variable, ArrayList.class);
      lists.add(CodeBlock.of("$N", variable));
    }
    String item = locals.newName("item");
    m.beginControlFlow("for ($T $N : $N.items())", CodecEmitter.ITEM, item, raw);
    for (int i = 0; i < pattern.entities().size(); i++) {
      Entity e = pattern.entities().get(i);
      ClassName codec = types.type(GeneratedNames.codec(e.name()));
      if (i == 0) {
        m.beginControlFlow("if ($T.isItemOf($N))", codec, item);
      } else {
        m.nextControlFlow("else if ($T.isItemOf($N))", codec, item);
      }
      m.addStatement("$N.add($T.decode($N))", variables.get(i), codec, item);
    }
    m.endControlFlow();
    m.endControlFlow();
    m.addStatement("return new $T($L, $N.next())", name, CodeBlock.join(lists, ", "), raw);
  }
}
