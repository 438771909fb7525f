package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Constant;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.Table;
import dev.tablesmith.generator.model.Template;
import dev.tablesmith.generator.model.TypeRef;
import dev.tablesmith.generator.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * An entity's codec: item to value and back, writing every key the entity's templates fill (index
 * keys only when every input is present: a sparse index), the entity-type attribute and the
 * constants. No reflection: each attribute is one line.
 */
final class CodecEmitter {
  static final TypeName ITEM =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), RuntimeTypes.ATTRIBUTE_VALUE);

  private final JavaTypes types;
  private final Table table;

  CodecEmitter(JavaTypes types, Table table) {
    this.types = types;
    this.table = table;
  }

  TypeSpec.Builder emit(Entity e, ClassName value, ClassName codec, Templates templates) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(codec)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Converts {@link $T} values to DynamoDB items and back, keys included.\n", value);
    templates.fields().forEach(type::addField);
    List<String> reserved = new ArrayList<>(List.of("LIFECYCLE"));
    templates.fields().forEach(f -> reserved.add(f.name));
    AttributeReads reads =
        new AttributeReads(
            types, e.name(), reserved, List.of("encode", "decode", "isItemOf", "isKeyOf"));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(encode(e, value, templates, reads));
    type.addMethod(decode(e, value, reads));
    type.addMethod(isItemOf(e, templates));
    type.addMethod(isKeyOf(e, templates));
    reads.methods().forEach(type::addMethod);
    type.addField(lifecycle(e));
    reads.fields().forEach(type::addField);
    return type;
  }

  private MethodSpec encode(Entity e, ClassName value, Templates templates, AttributeReads reads) {
    List<KeyPart> keys = writtenKeys(e);
    int size =
        keys.size()
            + (table.entityTypeAttribute().isPresent() ? 1 : 0)
            + e.constants().size()
            + e.attributes().size();
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("encode")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ITEM)
            .addParameter(value, "value")
            .addJavadoc(
                "The item for {@code value}: its attributes, every key its templates fill, the"
                    + " entity type and the constants.\n\n"
                    + "@param value the value\n"
                    + "@return the item\n"
                    + "@throws dev.tablesmith.runtime.InvalidKeyException when a value cannot be"
                    + " put in a key\n");
    Map<String, CodeBlock> shared = sharedKeyValues(e, keys, m);
    m.addStatement(
        "$T item = $T.create($L)", RuntimeTypes.ITEM_WRITER, RuntimeTypes.ITEM_WRITER, size);
    for (KeyPart part : keys) {
      m.addStatement(
          "item.putKey($S, $L)", part.attribute().name(), render(templates, part, "value", shared));
    }
    table
        .entityTypeAttribute()
        .ifPresent(
            t ->
                m.addStatement(
                    "item.put($S, $T.createS($S))",
                    t,
                    RuntimeTypes.ATTRIBUTE_VALUE,
                    e.typeValue()));
    for (Constant c : e.constants()) {
      m.addStatement("item.put($S, $L)", c.storedName(), constant(c.value()));
    }
    for (Attribute a : e.attributes()) {
      if (shared.containsKey(a.name())) {
        m.addStatement("item.putText($S, $L)", a.storedName(), shared.get(a.name()));
      } else {
        m.addStatement(reads.write(a));
      }
    }
    return m.addStatement("return item.build()").build();
  }

  /**
   * Instants (in an ISO format) and dates that keys use are rendered once, into a local, for the
   * keys and the attribute alike: their key text is their stored string, and formatting is the
   * costly part of both.
   */
  private Map<String, CodeBlock> sharedKeyValues(
      Entity e, List<KeyPart> keys, MethodSpec.Builder m) {
    Set<String> used = new LinkedHashSet<>();
    keys.forEach(part -> used.addAll(part.template().placeholders()));
    NameAllocator names = new NameAllocator();
    names.newName("item", "item");
    names.newName("value", "value");
    Map<String, CodeBlock> shared = new LinkedHashMap<>();
    for (Attribute a : e.attributes()) {
      boolean text =
          a.type().kind() == TypeRef.Kind.DATE
              || a.type().kind() == TypeRef.Kind.INSTANT
                  && JavaTypes.instantFormat(a).startsWith("ISO");
      if (text && used.contains(a.name())) {
        String local = names.newName(a.name() + "Key", a.name());
        m.addStatement(
            "$T $N = $L",
            RuntimeTypes.KEY_VALUE,
            local,
            types.keyValue(a, CodeBlock.of("value.$N()", a.name())));
        shared.put(a.name(), CodeBlock.of("$N", local));
      }
    }
    return shared;
  }

  /** The key parts written from templates, the first for each key attribute, in key order. */
  private List<KeyPart> writtenKeys(Entity e) {
    Set<String> written = new LinkedHashSet<>();
    List<KeyPart> parts = new ArrayList<>();
    for (EntityKey key : e.keys()) {
      for (KeyPart part : key.parts()) {
        if (templateWritten(e, part) && written.add(part.attribute().name())) {
          parts.add(part);
        }
      }
    }
    return parts;
  }

  /** Whether the key attribute is written from a template (not an attribute, constant or type). */
  boolean templateWritten(Entity e, KeyPart part) {
    String name = part.attribute().name();
    return e.storedAttribute(name).isEmpty()
        && e.constants().stream().noneMatch(c -> c.storedName().equals(name))
        && table.entityTypeAttribute().filter(name::equals).isEmpty();
  }

  /**
   * The rendered key of {@code part} for the value held in {@code variable}: a String, or null when
   * an optional input is absent (the item stays out of that index).
   */
  CodeBlock render(Templates templates, KeyPart part, String variable) {
    return render(templates, part, variable, Map.of());
  }

  /**
   * As {@link #render(Templates, KeyPart, String)}, with key values already in locals. The key is
   * concatenated here, its literal text as constants, each value checked by the template ({@code
   * text} guards free text, {@code fixed} the other forms) and the whole by its size: the same
   * checks as {@code KeyTemplate.render}, about 8 ns a key faster.
   */
  CodeBlock render(
      Templates templates, KeyPart part, String variable, Map<String, CodeBlock> rendered) {
    Template template = part.template();
    CodeBlock ref = templates.ref(part);
    if (template.isConstant()) {
      return CodeBlock.of("$L.render()", ref);
    }
    List<CodeBlock> pieces = new ArrayList<>();
    List<CodeBlock> absent = new ArrayList<>();
    int index = 0;
    for (Template.Part p : template.parts()) {
      if (p instanceof Template.Literal literal) {
        pieces.add(CodeBlock.of("$S", literal.text()));
        continue;
      }
      String name = ((Template.Placeholder) p).attribute();
      Attribute a = templates.attribute(name);
      // A value already in a local is a KeyValue; otherwise the value class's accessor.
      CodeBlock local = rendered.get(name);
      CodeBlock value = local != null ? local : CodeBlock.of("$N.$N()", variable, name);
      if (JavaTypes.nullable(a)) {
        absent.add(CodeBlock.of("$L == null", value));
      }
      CodeBlock text = local != null ? CodeBlock.of("$L.text()", local) : types.keyText(a, value);
      pieces.add(
          CodeBlock.of(
              "$L.$L($L, $L)", ref, JavaTypes.freeTextKey(a) ? "text" : "fixed", index++, text));
    }
    CodeBlock key = CodeBlock.of("$L.sized($L)", ref, CodeBlock.join(pieces, " + "));
    return absent.isEmpty()
        ? key
        : CodeBlock.of("$L ? null : $L", CodeBlock.join(absent, " || "), key);
  }

  private static CodeBlock constant(Value v) {
    return switch (v.kind()) {
      case INTEGER, DECIMAL ->
          CodeBlock.of("$T.createN($S)", RuntimeTypes.ATTRIBUTE_VALUE, v.text());
      case BOOLEAN ->
          CodeBlock.of(
              "$T.createBool($L)", RuntimeTypes.ATTRIBUTE_VALUE, Boolean.parseBoolean(v.text()));
      case STRING -> CodeBlock.of("$T.createS($S)", RuntimeTypes.ATTRIBUTE_VALUE, v.text());
    };
  }

  private MethodSpec decode(Entity e, ClassName value, AttributeReads reads) {
    return MethodSpec.methodBuilder("decode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(value)
        .addParameter(ITEM, "item")
        .addJavadoc(
            "The value an item holds.\n\n"
                + "@param item an item of this entity\n"
                + "@return the value\n"
                + "@throws dev.tablesmith.runtime.ItemDecodeException when an attribute is"
                + " missing or malformed; the message names the item's key\n")
        .addCode(
            reads.decode(
                value,
                e.attributes(),
                CodeBlock.of("$T.of(item, $L)", RuntimeTypes.ITEM_READER, keyNames())))
        .build();
  }

  /** The table's key attribute names, as the arguments that name an item in errors. */
  CodeBlock keyNames() {
    String pk = table.partitionKey().name();
    return table
        .sortKey()
        .map(sk -> CodeBlock.of("$S, $S", pk, sk.name()))
        .orElse(CodeBlock.of("$S", pk));
  }

  private MethodSpec isItemOf(Entity e, Templates templates) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("isItemOf")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(boolean.class)
            .addParameter(ITEM, "item")
            .addJavadoc(
                "Whether an item read from the table is a $L: by its entity type, or by the shape"
                    + " of its primary key when the table stores no type.\n\n"
                    + "@param item an item\n"
                    + "@return true for an item of this entity\n",
                e.name());
    if (table.entityTypeAttribute().isPresent()) {
      String t = table.entityTypeAttribute().get();
      return m.addStatement("$T type = item.get($S)", RuntimeTypes.ATTRIBUTE_VALUE, t)
          .addStatement("return type != null && $S.equals(type.s())", e.typeValue())
          .build();
    }
    return m.addStatement("return isKeyOf(item)").build();
  }

  private MethodSpec isKeyOf(Entity e, Templates templates) {
    List<CodeBlock> checks = new ArrayList<>();
    for (KeyPart part : e.primaryKey().parts()) {
      if (!templates.isPlain(part)) {
        checks.add(
            CodeBlock.of(
                "item.get($S) != null && $L.matches(item.get($S).s())",
                part.attribute().name(),
                templates.ref(part),
                part.attribute().name()));
      }
    }
    return MethodSpec.methodBuilder("isKeyOf")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(ITEM, "item")
        .addJavadoc(
            "Whether an item's primary key has the shape of a $L key (for items read from"
                + " keys-only indexes, which carry no entity type).\n\n@param item an item or key\n"
                + "@return true when its primary key fits this entity's templates\n",
            e.name())
        .addStatement(
            "return $L",
            checks.isEmpty() ? CodeBlock.of("true") : CodeBlock.join(checks, "\n    && "))
        .build();
  }

  /**
   * The entity's version attribute, for the runtime to check and increment on writes. The created
   * and updated timestamps are stamped by the generated operations instead, before the item is
   * encoded, so index keys built from them hold the same instant as the attributes.
   */
  private static FieldSpec lifecycle(Entity e) {
    CodeBlock.Builder init = CodeBlock.builder().add("$T.none()", RuntimeTypes.LIFECYCLE);
    for (Attribute a : e.attributes()) {
      if (a.role() == Attribute.Role.VERSION) {
        init.add(".version($S)", a.storedName());
      }
    }
    return FieldSpec.builder(RuntimeTypes.LIFECYCLE, "LIFECYCLE", Modifier.STATIC, Modifier.FINAL)
        .initializer(init.build())
        .build();
  }
}
