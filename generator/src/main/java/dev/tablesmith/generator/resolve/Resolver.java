package dev.tablesmith.generator.resolve;

import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Constant;
import dev.tablesmith.generator.model.EmbeddedType;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.Table;
import dev.tablesmith.generator.read.MapNode;
import dev.tablesmith.generator.read.SyntaxTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Stage 3, resolve: a schema-checked {@link SyntaxTree} in, a {@link ResolvedModel} out. Names
 * become entities, attributes, types and indexes; templates are parsed; each entity is placed in
 * the table and every index its items land in. Reports the TS2xx naming codes it can see here
 * (unknown names), TS220 to TS225 (attribute shapes), TS301 to TS303, TS308, TS310, TS311, TS317
 * (templates and keys), TS405 to TS407 (index shapes) and TS511 (pattern shapes).
 */
public final class Resolver {

  /** Resolves {@code tree}; empty when the tree has no root (the reader said why). */
  public Optional<ResolvedModel> resolve(SyntaxTree tree, Diagnostics diagnostics) {
    if (tree.root().isEmpty()) {
      return Optional.empty();
    }
    Fields root = new Fields(tree.root().get());
    Table table =
        new TableResolver(diagnostics).resolve(Fields.of(root.node("table").orElseThrow()));
    Set<String> typeNames = new LinkedHashSet<>();
    root.entries("types").forEach(e -> typeNames.add(e.key().text()));
    AttributeResolver attributes = new AttributeResolver(typeNames, diagnostics);
    List<EmbeddedType> types = new ArrayList<>();
    for (MapNode.Entry e : root.entries("types")) {
      Fields t = Fields.of(e.value());
      types.add(
          new EmbeddedType(
              e.key().text(),
              t.text("description", ""),
              attributes.resolveAll(t.entries("fields")),
              e.key().location()));
    }
    Map<String, Entity> entities = new LinkedHashMap<>();
    KeyResolver keys = new KeyResolver(table, diagnostics);
    for (MapNode.Entry e : root.entries("entities")) {
      Entity entity = entity(e, attributes, keys);
      entities.put(entity.name(), entity);
    }
    PatternResolver patternResolver = new PatternResolver(table, entities, diagnostics);
    List<AccessPattern> patterns = new ArrayList<>();
    for (MapNode.Entry e : root.entries("accessPatterns")) {
      patternResolver.resolve(e.key(), Fields.of(e.value())).ifPresent(patterns::add);
    }
    return Optional.of(
        new ResolvedModel(
            tree.file(),
            root.text("name", ""),
            root.text("package", ""),
            root.text("description", ""),
            table,
            types,
            List.copyOf(entities.values()),
            patterns,
            root.map().location()));
  }

  private static Entity entity(MapNode.Entry e, AttributeResolver attributes, KeyResolver keys) {
    String name = e.key().text();
    Fields f = Fields.of(e.value());
    List<Attribute> attrs = attributes.resolveAll(f.entries("attributes"));
    List<Constant> constants = new ArrayList<>();
    for (MapNode.Entry c : f.entries("constants")) {
      constants.add(new Constant(c.key().text(), Fields.value(c.value()), c.key().location()));
    }
    String typeValue = f.text("typeValue", name);
    List<EntityKey> entityKeys = keys.resolve(name, f, attrs, constants, typeValue);
    OptionalInt itemSize =
        f.number("itemSize").map(n -> OptionalInt.of(n.intValue())).orElse(OptionalInt.empty());
    return new Entity(
        name,
        f.text("description", ""),
        typeValue,
        itemSize,
        attrs,
        constants,
        entityKeys,
        e.key().location());
  }
}
