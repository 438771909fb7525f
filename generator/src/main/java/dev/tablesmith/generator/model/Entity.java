package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An entity type stored in the table: its attributes, constants, and its key in the table and in
 * every index it lands in (the table's first).
 */
public record Entity(
    String name,
    String description,
    String typeValue,
    OptionalInt itemSize,
    List<Attribute> attributes,
    List<Constant> constants,
    List<EntityKey> keys,
    Location location) {

  public Entity {
    attributes = List.copyOf(attributes);
    constants = List.copyOf(constants);
    keys = List.copyOf(keys);
  }

  /** The attribute named {@code name}, if any. */
  public Optional<Attribute> attribute(String name) {
    for (Attribute a : attributes) {
      if (a.name().equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The attribute stored as {@code storedName}, if any. */
  public Optional<Attribute> storedAttribute(String storedName) {
    return attributes.stream().filter(a -> a.storedName().equals(storedName)).findFirst();
  }

  /** The entity's primary key templates. */
  public EntityKey primaryKey() {
    return keys.get(0);
  }

  /** The entity's key in the index named {@code index}, if it lands there. */
  public Optional<EntityKey> key(String index) {
    for (EntityKey k : keys) {
      if (k.index().name().equals(index)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
