package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The result type of a {@code returns: projected} pattern: the item's key attributes (read back
 * from its keys) and the attributes the index projects, each possibly absent.
 */
final class ProjectionEmitter {
  private final JavaTypes types;
  private final EntityEmitter values;
  private final CodeBlock keyNames;

  /**
   * @param keyNames the table's key attribute names, as the arguments that name an item
   */
  ProjectionEmitter(JavaTypes types, EntityEmitter values, CodeBlock keyNames) {
    this.types = types;
    this.values = values;
    this.keyNames = keyNames;
  }

  TypeSpec.Builder emit(PlannedPattern p) {
    Entity e = p.entities().get(0);
    ClassName name = types.type(GeneratedNames.projection(p.declared()));
    List<String> keys = e.primaryKey().attributes();
    List<Attribute> projected = new ArrayList<>();
    for (Attribute a : e.attributes()) {
      boolean key = keys.contains(a.name());
      if (key || p.projectedAttributes().contains(a.storedName())) {
        projected.add(
            new Attribute(
                a.name(),
                a.storedName(),
                a.type(),
                !key,
                Attribute.Role.NONE,
                a.pad(),
                a.format(),
                java.util.Optional.empty(),
                a.description(),
                a.location()));
      }
    }
    TypeSpec.Builder type =
        values.emit(
            name,
            e.name(),
            projected,
            "What "
                + p.index().describe()
                + " projects of a "
                + e.name()
                + " item, for pattern "
                + p.name()
                + ".");
    ClassName keyType = types.type(GeneratedNames.key(e));
    List<String> methods = new ArrayList<>(List.of("decode"));
    type.methodSpecs.forEach(m -> methods.add(m.name));
    AttributeReads reads =
        new AttributeReads(
            types, e.name(), type.fieldSpecs.stream().map(f -> f.name).toList(), methods);
    CodeBlock made =
        AttributeReads.construct(
            name,
            projected,
            a -> keys.contains(a.name()) ? CodeBlock.of("key.$N()", a.name()) : reads.read(a));
    type.addMethod(
        MethodSpec.methodBuilder("decode")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(CodecEmitter.ITEM, "item")
            .addJavadoc(
                "The projection an index item holds.\n\n"
                    + "@param item the item\n"
                    + "@return the projection\n")
            .addStatement("$T key = $T.fromItem(item)", keyType, keyType)
            .addCode(
                reads.decode(
                    made, CodeBlock.of("$T.of(item, $L)", RuntimeTypes.ITEM_READER, keyNames)))
            .build());
    reads.methods().forEach(type::addMethod);
    reads.fields().forEach(type::addField);
    return type;
  }
}
