package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.EmbeddedType;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.TypeRef;
import dev.tablesmith.generator.plan.PlannedModel;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Stage 6, emit.java: a {@link PlannedModel} in, Java source files out (JavaPoet), one set per
 * model: per entity a value class with a builder, its enums, key, codec and operations; per
 * embedded type a value class and codec; per item collection a result class; and the table facade
 * with one method per access pattern. Deterministic byte for byte.
 */
public final class JavaEmitter {

  /** The files of {@code planned}, sorted by type name. */
  public List<JavaFile> emit(PlannedModel planned, Diagnostics diagnostics) {
    ResolvedModel model = planned.model();
    JavaTypes types = new JavaTypes(model.packageName());
    Files files = new Files(model.packageName(), Path.of(model.file()).getFileName().toString());
    CodecEmitter codecs = new CodecEmitter(types, model.table());
    List<JavaFile> out = new ArrayList<>();
    EntityEmitter values = new EntityEmitter(types);
    for (EmbeddedType t : model.types()) {
      out.add(
          files.file(
              values.emit(
                  types.type(t.name()),
                  t.fields(),
                  doc(t.description(), "Embedded type " + t.name() + ", stored as a map."))));
      out.add(files.file(new EmbeddedEmitter(types).codec(t)));
      enums(files, types, t.name(), t.fields(), out);
    }
    Map<String, Templates> templates = new LinkedHashMap<>();
    for (Entity e : model.entities()) {
      ClassName codec = types.type(GeneratedNames.codec(e.name()));
      Templates t = new Templates(e, codec, model.table().delimiter());
      templates.put(e.name(), t);
      TypeSpec.Builder value =
          values.emit(
              types.type(e.name()),
              e.attributes(),
              doc(e.description(), "A " + e.name() + " item."));
      value.addMethod(keyMethod(types, e));
      attributeRefs(types, e).forEach(value::addField);
      out.add(files.file(value));
      enums(files, types, e.name(), e.attributes(), out);
      out.add(
          files.file(new KeyEmitter(types, codecs).emit(e, types.type(GeneratedNames.key(e)), t)));
      out.add(files.file(codecs.emit(e, types.type(e.name()), codec, t)));
      out.add(files.file(new OperationsEmitter(types).emit(e)));
      out.add(files.file(new UpdateEmitter(types, codecs).emit(e, t)));
    }
    for (PlannedPattern p : planned.patterns()) {
      if (p.entities().size() > 1) {
        out.add(files.file(new CollectionResult(types, p).emit()));
      } else if (p.declared().returns() == AccessPattern.Returns.PROJECTED) {
        out.add(files.file(new ProjectionEmitter(types, values, codecs.keyNames()).emit(p)));
      }
    }
    out.add(files.file(new TableEmitter(planned, types, templates).emit()));
    out.add(files.file(new TransactionEmitter(types).emit(model)));
    out.add(files.file(new StreamRouterEmitter(types).emit(model)));
    return out.stream()
        .sorted((a, b) -> a.typeSpec.name.compareTo(b.typeSpec.name))
        .collect(Collectors.toList());
  }

  private static void enums(
      Files files, JavaTypes types, String owner, List<Attribute> attributes, List<JavaFile> out) {
    for (Attribute a : attributes) {
      if (a.type().kind() == TypeRef.Kind.ENUM) {
        out.add(
            files.file(EnumEmitter.emit(types.type(GeneratedNames.enumType(owner, a)), owner, a)));
      }
    }
  }

  private static MethodSpec keyMethod(JavaTypes types, Entity e) {
    ClassName key = types.type(GeneratedNames.key(e));
    List<String> names = e.primaryKey().attributes();
    return MethodSpec.methodBuilder("key")
        .addModifiers(Modifier.PUBLIC)
        .returns(key)
        .addJavadoc("This item's primary key.\n\n@return the key\n")
        .addStatement(
            "return $T.of($L)",
            key,
            String.join(", ", names.stream().map(n -> "this." + n).toList()))
        .build();
  }

  /** {@code Order.STATUS}: typed handles on the attributes, for conditions. */
  private static List<FieldSpec> attributeRefs(JavaTypes types, Entity e) {
    List<FieldSpec> fields = new ArrayList<>();
    for (Attribute a : e.attributes()) {
      fields.add(
          FieldSpec.builder(
                  ParameterizedTypeName.get(
                      RuntimeTypes.ATTRIBUTE_REF, types.boxed(e.name(), a, a.type())),
                  GeneratedNames.constant(a.name()),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("The $L attribute, for conditions.\n", a.name())
              .initializer(
                  "$T.of($S, $L)",
                  RuntimeTypes.ATTRIBUTE_REF,
                  a.storedName(),
                  types.codec(e.name(), a))
              .build());
    }
    return fields;
  }

  private static String doc(String description, String otherwise) {
    return description.isEmpty() ? otherwise : DocText.sanitize(description);
  }
}
