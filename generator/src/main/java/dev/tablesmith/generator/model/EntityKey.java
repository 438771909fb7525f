package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * An entity's place in one index (or the table): a template for every key attribute. {@code
 * declared} is true for the table and for indexes the entity lists under {@code indexes}; an
 * undeclared key is one the entity lands in because it stores every key attribute.
 */
public record EntityKey(
    Index index, List<KeyPart> partition, List<KeyPart> sort, boolean declared, Location location) {

  public EntityKey {
    partition = List.copyOf(partition);
    sort = List.copyOf(sort);
  }

  /** Partition parts, then sort parts. */
  public List<KeyPart> parts() {
    List<KeyPart> all = new ArrayList<>(partition);
    all.addAll(sort);
    return all;
  }

  /** The single partition template of a string-keyed index. */
  public Template partitionTemplate() {
    return partition.get(0).template();
  }

  /** Every attribute a placeholder of this key names, in key order, without repeats. */
  public List<String> attributes() {
    List<String> names = new ArrayList<>();
    for (KeyPart part : parts()) {
      for (String name : part.template().placeholders()) {
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
