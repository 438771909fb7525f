package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * The table's primary key (kind PRIMARY, named {@value #TABLE}) or a secondary index. A side of the
 * key with more than one attribute is a multi-attribute key.
 */
public record Index(
    String name,
    Kind kind,
    List<KeyAttribute> partitionKey,
    List<KeyAttribute> sortKey,
    Projection projection,
    Location location) {

  /** The name under which patterns pin the table itself. */
  public static final String TABLE = "table";

  /** The table's primary key, a global or a local secondary index. */
  public enum Kind {
    PRIMARY,
    GLOBAL,
    LOCAL
  }

  public Index {
    partitionKey = List.copyOf(partitionKey);
    sortKey = List.copyOf(sortKey);
  }

  /** Whether this is the table's primary key. */
  public boolean isPrimary() {
    return kind == Kind.PRIMARY;
  }

  /** Whether this is a global secondary index. */
  public boolean isGlobal() {
    return kind == Kind.GLOBAL;
  }

  /** Whether the index has a sort key. */
  public boolean hasSortKey() {
    return !sortKey.isEmpty();
  }

  /** Partition key attributes, then sort key attributes. */
  public List<KeyAttribute> keyAttributes() {
    List<KeyAttribute> all = new ArrayList<>(partitionKey);
    all.addAll(sortKey);
    return all;
  }

  /** "the table" or "index GSI1", for messages. */
  public String describe() {
    return isPrimary() ? "the table" : "index " + name;
  }
}
