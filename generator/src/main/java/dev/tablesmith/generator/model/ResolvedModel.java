package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;
import java.util.List;
import java.util.Optional;

/** A model whose names are resolved: the output of {@code resolve}, the input of check and plan. */
public record ResolvedModel(
    String file,
    String name,
    String packageName,
    String description,
    Table table,
    List<EmbeddedType> types,
    List<Entity> entities,
    List<AccessPattern> patterns,
    Location location) {

  public ResolvedModel {
    types = List.copyOf(types);
    entities = List.copyOf(entities);
    patterns = List.copyOf(patterns);
  }

  /** The same model generating into another package (a build's override of the model's). */
  public ResolvedModel withPackage(String packageName) {
    return new ResolvedModel(
        file, name, packageName, description, table, types, entities, patterns, location);
  }

  /** The entity named {@code name}, if any. */
  public Optional<Entity> entity(String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The embedded type named {@code name}, if any. */
  public Optional<EmbeddedType> type(String name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The entities that land in {@code index}. */
  public List<Entity> members(Index index) {
    return entities.stream().filter(e -> e.key(index.name()).isPresent()).toList();
  }
}
