package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.model.TypeRef;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * An entity's writes and reads by key: create (fails when the key exists), put (checked against the
 * version read, for versioned entities), get and delete. Conflicts report the current item.
 */
final class OperationsEmitter {
  private final JavaTypes types;

  OperationsEmitter(JavaTypes types) {
    this.types = types;
  }

  TypeSpec.Builder emit(Entity e) {
    ClassName value = types.type(e.name());
    ClassName key = types.type(GeneratedNames.key(e));
    ClassName codec = types.type(GeneratedNames.codec(e.name()));
    Optional<Attribute> version =
        e.attributes().stream().filter(a -> a.role() == Attribute.Role.VERSION).findFirst();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.type(GeneratedNames.operations(e)))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("Writes and reads of $L items by key.\n", e.name())
            .addField(RuntimeTypes.TABLE_OPERATIONS, "table", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(RuntimeTypes.TABLE_OPERATIONS, "table")
                    .addStatement("this.table = table")
                    .build());
    type.addMethod(specMethod(e, value, "createSpec", true, version));
    type.addMethod(specMethod(e, value, "putSpec", false, version));
    type.addMethod(
        MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC)
            .returns(value)
            .addParameter(value, "value")
            .addJavadoc(
                "Writes a new $L; fails when an item with its key exists.\n\n"
                    + "@param value the $L\n"
                    + "@return the $L as written$L\n"
                    + "@throws dev.tablesmith.runtime.ItemAlreadyExistsException with the current"
                    + " item when the key is taken\n",
                e.name(),
                e.name(),
                e.name(),
                version.isPresent() ? " (version 1, timestamps set)" : "")
            .addCode(write(e, value, codec, true, version))
            .build());
    MethodSpec.Builder put =
        MethodSpec.methodBuilder("put")
            .addModifiers(Modifier.PUBLIC)
            .returns(value)
            .addParameter(value, "value");
    if (version.isPresent()) {
      put.addJavadoc(
          "Replaces a $L, checking that the stored version is still {@code value.$L()}, the version"
              + " read.\n\n"
              + "@param value the $L as changed from the one read\n"
              + "@return the $L as written, its version incremented\n"
              + "@throws dev.tablesmith.runtime.VersionConflictException with the current item when"
              + " another write came first\n",
          e.name(),
          version.get().name(),
          e.name(),
          e.name());
    } else {
      put.addJavadoc(
          "Writes a $L, replacing any item with its key.\n\n@param value the $L\n"
              + "@return the $L as written\n",
          e.name(),
          e.name(),
          e.name());
    }
    type.addMethod(put.addCode(write(e, value, codec, false, version)).build());
    type.addMethod(
        MethodSpec.methodBuilder("update")
            .addModifiers(Modifier.PUBLIC)
            .returns(types.type(GeneratedNames.update(e)))
            .addParameter(key, "key")
            .addJavadoc(
                "Starts an update of the $L with this key; {@code execute()} sends it.\n\n"
                    + "@param key the key\n"
                    + "@return the update\n",
                e.name())
            .addStatement("return new $T(table, key)", types.type(GeneratedNames.update(e)))
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("get")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), value))
            .addParameter(key, "key")
            .addParameter(boolean.class, "consistent")
            .addJavadoc(
                "Reads a $L by key.\n\n@param key the key\n@param consistent true for a strongly"
                    + " consistent read\n@return the $L, or empty\n",
                e.name(),
                e.name())
            .addStatement("return table.get(key.toItemKey(), consistent).map($T::decode)", codec)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("delete")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), value))
            .addParameter(key, "key")
            .addJavadoc(
                "Deletes a $L.\n\n@param key the key\n@return the $L deleted, or empty when there"
                    + " was none\n",
                e.name(),
                e.name())
            .addStatement(
                "return table.delete($T.of(key.toItemKey())).map($T::decode)",
                RuntimeTypes.DELETE_SPEC,
                codec)
            .build());
    return type;
  }

  /**
   * The body of a create or a put. When every attribute reads back exactly as it was written (once
   * instants are cut to their stored precision), the method returns the value it wrote, its version
   * and timestamps set, instead of decoding the item it sent: a quarter of a microsecond a put for
   * the benchmarks' task. Otherwise it decodes.
   */
  private CodeBlock write(
      Entity e, ClassName value, ClassName codec, boolean create, Optional<Attribute> version) {
    String spec = create ? "createSpec" : "putSpec";
    if (!e.attributes().stream().allMatch(OperationsEmitter::readsBackExactly)) {
      return CodeBlock.of("return $T.decode(table.put($L(table, value)));\n", codec, spec);
    }
    CodeBlock.Builder b = CodeBlock.builder();
    if (stamps(e)) {
      b.addStatement("$T now = table.now()", java.time.Instant.class);
    }
    CodeBlock.Builder setters = CodeBlock.builder();
    for (Attribute a : e.attributes()) {
      CodeBlock set = setter(a, create, version);
      if (set != null) {
        setters.add("\n    .$N($L)", a.name(), set);
      }
    }
    // Values are immutable: with nothing to set, the value is what is written.
    String written = setters.isEmpty() ? "value" : "written";
    if (!setters.isEmpty()) {
      b.addStatement("$T written = value.toBuilder()$L\n    .build()", value, setters.build());
    }
    CodeBlock put =
        CodeBlock.of(
            "$T.$L($T.encode($N)).lifecycle($T.LIFECYCLE)",
            RuntimeTypes.PUT_SPEC,
            create ? "create" : "of",
            codec,
            written,
            codec);
    if (!create && version.isPresent()) {
      put = CodeBlock.of("$L.expectVersion(value.$N())", put, version.get().name());
    }
    return b.addStatement("table.put($L)", put).addStatement("return $N", written).build();
  }

  /**
   * What a written value sets {@code a} to, or null to keep it: the version it will have, the
   * clock's time for timestamps, and every instant cut to its stored precision.
   */
  private static CodeBlock setter(Attribute a, boolean create, Optional<Attribute> version) {
    if (version.isPresent() && a == version.get()) {
      return create ? CodeBlock.of("1") : CodeBlock.of("value.$N() + 1", a.name());
    }
    if (a.type().kind() != TypeRef.Kind.INSTANT) {
      return null;
    }
    CodeBlock stamp = timestamp(a, create);
    CodeBlock instant = stamp != null ? stamp : CodeBlock.of("value.$N()", a.name());
    boolean nullable = stamp == null && JavaTypes.nullable(a);
    CodeBlock cut =
        CodeBlock.of(
            "$T.$L.truncate($L)", RuntimeTypes.INSTANT_FORMAT, JavaTypes.instantFormat(a), instant);
    return nullable ? CodeBlock.of("$L == null ? null : $L", instant, cut) : cut;
  }

  /**
   * Whether an attribute decodes to exactly the value encoded, instants aside. Not decimals (the
   * scale changes), doubles (-0.0), documents (a NULL reads as absent), defaults (absent reads as
   * the default), optional sets (absent reads as empty), or anything nested.
   */
  private static boolean readsBackExactly(Attribute a) {
    if (a.defaultValue().isPresent()) {
      return false;
    }
    return switch (a.type().kind()) {
      case STRING, INT, LONG, BOOLEAN, DATE, BINARY, ENUM, INSTANT -> true;
      case SET ->
          !JavaTypes.nullable(a) && a.type().element().orElseThrow().kind() != TypeRef.Kind.DECIMAL;
      default -> false;
    };
  }

  /**
   * The time a write gives a timestamp attribute (the clock's {@code now}: created on a create or
   * when the value has none, updated always), or null for any other attribute.
   */
  private static CodeBlock timestamp(Attribute a, boolean create) {
    if (a.role() == Attribute.Role.UPDATED || a.role() == Attribute.Role.CREATED && create) {
      return CodeBlock.of("now");
    }
    if (a.role() == Attribute.Role.CREATED) {
      return CodeBlock.of("value.$N() == null ? now : value.$N()", a.name(), a.name());
    }
    return null;
  }

  /** Whether the entity keeps timestamps, so writes take the clock's time first. */
  private static boolean stamps(Entity e) {
    return e.attributes().stream()
        .anyMatch(a -> a.role() == Attribute.Role.CREATED || a.role() == Attribute.Role.UPDATED);
  }

  /** The put for a create or a replace, shared with the transaction builder. */
  private MethodSpec specMethod(
      Entity e, ClassName value, String name, boolean create, Optional<Attribute> version) {
    ClassName codec = types.type(GeneratedNames.codec(e.name()));
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.STATIC)
            .returns(RuntimeTypes.PUT_SPEC)
            .addParameter(RuntimeTypes.TABLE_OPERATIONS, "table")
            .addParameter(value, "value");
    if (stamps(e)) {
      m.addStatement("$T now = table.now()", java.time.Instant.class);
    }
    CodeBlock spec =
        CodeBlock.of(
            "$T.$L($T.encode($L)).lifecycle($T.LIFECYCLE)",
            RuntimeTypes.PUT_SPEC,
            create ? "create" : "of",
            codec,
            stamped(e, create),
            codec);
    if (!create && version.isPresent()) {
      spec = CodeBlock.of("$L.expectVersion(value.$N())", spec, version.get().name());
    }
    return m.addStatement("return $L", spec).build();
  }

  /**
   * {@code value} with its timestamps set from the table's clock: created on create (and on a put
   * of a value never written), updated on every write. One instant for both, taken before the item
   * is encoded, so keys built from the timestamps agree with the attributes.
   */
  private static CodeBlock stamped(Entity e, boolean create) {
    CodeBlock.Builder setters = CodeBlock.builder();
    for (Attribute a : e.attributes()) {
      CodeBlock stamp = timestamp(a, create);
      if (stamp != null) {
        setters.add(".$N($L)", a.name(), stamp);
      }
    }
    CodeBlock set = setters.build();
    return set.isEmpty() ? CodeBlock.of("value") : CodeBlock.of("value.toBuilder()$L.build()", set);
  }
}
