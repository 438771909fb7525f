package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The DynamoDB table: keys, options and secondary indexes. */
public record Table(
    String physicalName,
    Index primary,
    Optional<String> entityTypeAttribute,
    Billing billing,
    StreamView stream,
    Optional<String> timeToLive,
    boolean pointInTimeRecovery,
    boolean deletionProtection,
    String delimiter,
    List<Index> indexes,
    Location location) {

  /** On-demand, or provisioned with read and write capacity units. */
  public record Billing(boolean provisioned, long read, long write) {
    public static final Billing ON_DEMAND = new Billing(false, 0, 0);
  }

  /** The stream view type, as the model writes it. */
  public enum StreamView {
    NONE("none"),
    KEYS_ONLY("keys-only"),
    NEW_IMAGE("new-image"),
    OLD_IMAGE("old-image"),
    NEW_AND_OLD_IMAGES("new-and-old-images");

    private final String modelName;

    StreamView(String modelName) {
      this.modelName = modelName;
    }

    /** The model's spelling. */
    public String modelName() {
      return modelName;
    }

    /** The constant for a model spelling. */
    public static StreamView of(String modelName) {
      for (StreamView v : values()) {
        if (v.modelName.equals(modelName)) {
          return v;
        }
      }
      throw new IllegalArgumentException(modelName);
    }
  }

  public Table {
    indexes = List.copyOf(indexes);
  }

  /** The primary key's partition attribute. */
  public KeyAttribute partitionKey() {
    return primary.partitionKey().get(0);
  }

  /** The primary key's sort attribute, if the table has one. */
  public Optional<KeyAttribute> sortKey() {
    return primary.sortKey().stream().findFirst();
  }

  /** The primary key first, then the secondary indexes in declared order. */
  public List<Index> allIndexes() {
    List<Index> all = new ArrayList<>();
    all.add(primary);
    all.addAll(indexes);
    return all;
  }

  /** The index named {@code name} ({@value Index#TABLE} for the primary key), if any. */
  public Optional<Index> index(String name) {
    return allIndexes().stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /** Whether {@code name} is one of the primary key's attributes. */
  public boolean isTableKey(String name) {
    return primary.keyAttributes().stream().anyMatch(k -> k.name().equals(name));
  }
}
