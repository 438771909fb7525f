package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Attribute.Role;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.TypeRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * An entity's update builder ({@code OrderUpdate}): one setter per attribute that may change,
 * increments for numbers no key uses, conditions, the expected version. Sending it rewrites every
 * index key whose template uses a changed attribute, from the new value and the other inputs (the
 * item's key, or values set in the same update; a missing one is refused before anything is sent),
 * and removes the key when an optional input is cleared, so no index key goes stale.
 */
final class UpdateEmitter {
  private final JavaTypes types;
  private final CodecEmitter codecs;

  UpdateEmitter(JavaTypes types, CodecEmitter codecs) {
    this.types = types;
    this.codecs = codecs;
  }

  TypeSpec.Builder emit(Entity e, Templates templates) {
    ClassName update = types.type(GeneratedNames.update(e));
    ClassName value = types.type(e.name());
    ClassName key = types.type(GeneratedNames.key(e));
    ClassName codec = types.type(GeneratedNames.codec(e.name()));
    TypeSpec.Builder type =
        TypeSpec.classBuilder(update)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Changes to one $L, sent as one UpdateItem that also rewrites the index keys built"
                    + " from the changed attributes.\n",
                e.name())
            .addField(RuntimeTypes.TABLE_OPERATIONS, "table", Modifier.PRIVATE, Modifier.FINAL)
            .addField(key, "key", Modifier.PRIVATE, Modifier.FINAL)
            .addField(
                FieldSpec.builder(
                        RuntimeTypes.UPDATE_BUILDER, "changes", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("$T.builder()", RuntimeTypes.UPDATE)
                    .build())
            .addField(RuntimeTypes.CONDITION, "condition", Modifier.PRIVATE)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(RuntimeTypes.TABLE_OPERATIONS, "table")
                    .addParameter(key, "key")
                    .addStatement("this.table = table")
                    .addStatement("this.key = key")
                    .build());
    List<String> keyAttributes = e.primaryKey().attributes();
    List<String> inputs = templateInputs(e, templates);
    for (Attribute a : e.attributes()) {
      if (keyAttributes.contains(a.name())
          || a.role() == Role.VERSION
          || a.role() == Role.UPDATED) {
        continue;
      }
      TypeName t = types.of(e.name(), a);
      if (inputs.contains(a.name())) {
        type.addField(t.isPrimitive() ? t.box() : t, a.name(), Modifier.PRIVATE);
        type.addField(boolean.class, a.name() + "Set", Modifier.PRIVATE);
      }
      type.addMethod(setter(e, a, update, inputs.contains(a.name())));
      if (increments(a) && !inputs.contains(a.name())) {
        type.addMethod(increment(a, update));
      }
    }
    e.attributes().stream()
        .filter(a -> a.role() == Role.VERSION)
        .findFirst()
        .ifPresent(
            v -> {
              type.addField(Long.class, "expectedVersion", Modifier.PRIVATE);
              type.addMethod(
                  MethodSpec.methodBuilder("expectVersion")
                      .addModifiers(Modifier.PUBLIC)
                      .returns(update)
                      .addParameter(long.class, "version")
                      .addJavadoc(
                          "Sends the update only while the stored version is still {@code version},"
                              + " the one read; it is then incremented.\n\n"
                              + "@param version the version read\n"
                              + "@return this update\n")
                      .addStatement("this.expectedVersion = version")
                      .addStatement("return this")
                      .build());
            });
    type.addMethod(
        MethodSpec.methodBuilder("when")
            .addModifiers(Modifier.PUBLIC)
            .returns(update)
            .addParameter(RuntimeTypes.CONDITION, "extra")
            .addJavadoc(
                "Sends the update only when {@code extra} holds (conditions add up).\n\n"
                    + "@param extra a condition, such as {@code $T.$L.exists()}\n"
                    + "@return this update\n",
                value,
                GeneratedNames.constant(e.attributes().get(0).name()))
            .addStatement("this.condition = condition == null ? extra : condition.and(extra)")
            .addStatement("return this")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("execute")
            .addModifiers(Modifier.PUBLIC)
            .returns(value)
            .addJavadoc(
                "Sends the update (the item must exist).\n\n"
                    + "@return the $L as updated\n"
                    + "@throws dev.tablesmith.runtime.ConditionFailedException with the current"
                    + " item when the item is missing, a condition fails, or the version has moved"
                    + " on\n"
                    + "@throws IllegalStateException when a changed attribute's index key needs an"
                    + " input this update does not set\n",
                e.name())
            .addStatement("return $T.decode(table.update(spec()))", codec)
            .build());
    type.addMethod(spec(e, templates, keyAttributes, inputs, codec));
    return type;
  }

  private static boolean increments(Attribute a) {
    return (a.type().kind() == TypeRef.Kind.INT || a.type().kind() == TypeRef.Kind.LONG)
        && a.pad() == 0;
  }

  /** The attributes an update may set that index key templates of the entity read. */
  private List<String> templateInputs(Entity e, Templates templates) {
    List<String> inputs = new ArrayList<>();
    for (KeyPart part : parts(e, templates).values()) {
      for (String name : part.template().placeholders()) {
        Role role = templates.attribute(name).role();
        boolean settable = role != Role.VERSION && role != Role.UPDATED;
        if (settable && !e.primaryKey().attributes().contains(name) && !inputs.contains(name)) {
          inputs.add(name);
        }
      }
    }
    return inputs;
  }

  /** The index key attributes the entity writes from templates, each once. */
  private Map<String, KeyPart> parts(Entity e, Templates templates) {
    Map<String, KeyPart> parts = new LinkedHashMap<>();
    for (EntityKey key : e.keys()) {
      if (key.index().isPrimary()) {
        continue;
      }
      for (KeyPart part : key.parts()) {
        if (codecs.templateWritten(e, part) && !templates.isPlain(part)) {
          parts.putIfAbsent(part.attribute().name(), part);
        }
      }
    }
    return parts;
  }

  private MethodSpec setter(Entity e, Attribute a, ClassName update, boolean input) {
    TypeName t = types.of(e.name(), a);
    boolean nullable = JavaTypes.nullable(a);
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(a.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(update)
            .addParameter(t, a.name())
            .addJavadoc(
                "Sets $L$L.\n\n@param $L the new value$L\n@return this update\n",
                a.name(),
                input ? " (and rewrites the index keys built from it)" : "",
                a.name(),
                nullable ? ", or null to remove it" : "");
    if (!nullable && !t.isPrimitive()) {
      m.addStatement("$T.requireNonNull($N, $S)", Objects.class, a.name(), a.name());
    }
    if (input) {
      m.addStatement("this.$N = $N", a.name(), a.name())
          .addStatement("this.$NSet = true", a.name());
    }
    return m.addStatement(
            "changes.set($S, $L, $N)", a.storedName(), types.codec(e.name(), a), a.name())
        .addStatement("return this")
        .build();
  }

  private MethodSpec increment(Attribute a, ClassName update) {
    String name = "add" + GeneratedNames.capitalize(a.name());
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(update)
        .addParameter(long.class, "delta")
        .addJavadoc(
            "Adds {@code delta} to $L in place (negative to subtract), without reading it.\n\n"
                + "@param delta the amount\n@return this update\n",
            a.name())
        .addStatement("changes.increment($S, delta)", a.storedName())
        .addStatement("return this")
        .build();
  }

  private MethodSpec spec(
      Entity e,
      Templates templates,
      List<String> keyAttributes,
      List<String> inputs,
      ClassName codec) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("spec")
            .returns(RuntimeTypes.UPDATE_SPEC)
            .addStatement("$T update = changes.build().toBuilder()", RuntimeTypes.UPDATE_BUILDER);
    Map<String, CodeBlock> known = new LinkedHashMap<>();
    for (String k : keyAttributes) {
      known.put(k, CodeBlock.of("key.$N()", k));
    }
    for (Attribute a : e.attributes()) {
      if (a.role() == Role.UPDATED) {
        m.addStatement("$T now = table.now()", Instant.class)
            .addStatement("update.set($S, $L, now)", a.storedName(), types.codec(e.name(), a));
        known.put(a.name(), CodeBlock.of("now"));
      }
    }
    for (Map.Entry<String, KeyPart> entry : parts(e, templates).entrySet()) {
      rewrite(m, e, templates, entry.getKey(), entry.getValue(), known, inputs);
    }
    m.addStatement(
        "$T spec = $T.of(key.toItemKey(), update.build()).ifExists().lifecycle($T.LIFECYCLE)",
        RuntimeTypes.UPDATE_SPEC,
        RuntimeTypes.UPDATE_SPEC,
        codec);
    if (e.attributes().stream().anyMatch(a -> a.role() == Role.VERSION)) {
      m.beginControlFlow("if (expectedVersion != null)")
          .addStatement("spec = spec.expectVersion(expectedVersion)")
          .endControlFlow();
    }
    return m.addStatement("return condition == null ? spec : spec.when(condition)").build();
  }

  /** Rewrites one index key attribute when an input of its template changes. */
  private void rewrite(
      MethodSpec.Builder m,
      Entity e,
      Templates templates,
      String attribute,
      KeyPart part,
      Map<String, CodeBlock> known,
      List<String> inputs) {
    List<String> changing =
        part.template().placeholders().stream().filter(inputs::contains).toList();
    boolean always =
        part.template().placeholders().stream()
            .anyMatch(
                n ->
                    known.containsKey(n)
                        && !changing.contains(n)
                        && !e.primaryKey().attributes().contains(n));
    if (changing.isEmpty() && !always) {
      return;
    }
    CodeBlock when =
        changing.isEmpty()
            ? CodeBlock.of("true")
            : CodeBlock.join(changing.stream().map(n -> CodeBlock.of("$NSet", n)).toList(), " || ");
    m.beginControlFlow("if ($L)", when);
    List<CodeBlock> values = new ArrayList<>();
    boolean optional = false;
    for (String name : part.template().placeholders()) {
      Attribute a = templates.attribute(name);
      optional |= JavaTypes.nullable(a) && !known.containsKey(name);
      boolean guarded = changing.size() == 1 && changing.contains(name);
      if (!known.containsKey(name) && !guarded) {
        m.beginControlFlow("if (!$NSet)", name)
            .addStatement(
                "throw new $T($S)",
                IllegalStateException.class,
                "this update changes an input of "
                    + attribute
                    + " '"
                    + part.template().source()
                    + "', which also needs '"
                    + name
                    + "': set "
                    + name
                    + " in the same update")
            .endControlFlow();
      }
      values.add(types.keyValue(a, known.getOrDefault(name, CodeBlock.of("this.$N", name))));
    }
    CodeBlock args = CodeBlock.join(values, ", ");
    CodeBlock rendered =
        optional
            ? CodeBlock.of("$L.renderIfPresent($L).orElse(null)", templates.ref(part), args)
            : CodeBlock.of("$L.render($L)", templates.ref(part), args);
    m.addStatement("update.setOrRemoveKey($S, $L)", attribute, rendered).endControlFlow();
  }
}
