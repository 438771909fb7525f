package dev.tablesmith.generator.emit.docs;

import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.Projection;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Capacity units of one call, from the sizes of {@link Sizes}. Reads: a strongly consistent read
 * unit reads 4 KB, an eventually consistent one 8 KB; a GetItem rounds its item up to 4 KB; a Query
 * sums its page of items (at most 1 MB) and rounds up once; a BatchGetItem rounds each item.
 * Writes: a write unit writes 1 KB of the item, and of each index entry; an update that changes an
 * index's key deletes the old entry and puts the new one; a transaction costs twice as much.
 * Integer arithmetic only, except the halving of an eventually consistent read.
 */
final class CostModel {
  /** Bytes one read unit reads with strong consistency. */
  static final long READ_UNIT = 4096;

  /** Bytes one write unit writes. */
  static final long WRITE_UNIT = 1024;

  /** Bytes one Query call reads at most. */
  static final long QUERY_LIMIT = 1024 * 1024;

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private CostModel() {}

  /** Read units of a call of {@code pattern}, and how they add up. */
  record ReadEstimate(BigDecimal units, List<String> steps) {
    ReadEstimate {
      steps = List.copyOf(steps);
    }
  }

  /** One index entry an entity writes: its bytes, units, and whether an update can move it. */
  record IndexWrite(Index index, long bytes, long units, boolean keyMayChange) {
    /**
     * Units of a worst-case update: twice when the key moves, none for an unchanged keys-only
     * entry.
     */
    long updateUnits() {
      if (keyMayChange) {
        return 2 * units;
      }
      return index.projection().type() == Projection.Type.KEYS_ONLY ? 0 : units;
    }
  }

  /** Write units of each kind of write of one entity. */
  record WriteEstimate(Entity entity, long itemBytes, long tableUnits, List<IndexWrite> indexes) {
    WriteEstimate {
      indexes = List.copyOf(indexes);
    }

    /** A new item, or a delete: the table and each entry once. */
    long create() {
      return tableUnits + indexes.stream().mapToLong(IndexWrite::units).sum();
    }

    /** An update that changes every attribute it may. */
    long update() {
      return tableUnits + indexes.stream().mapToLong(IndexWrite::updateUnits).sum();
    }
  }

  /** The read units of one call of {@code pattern} (a full page for a query). */
  static ReadEstimate read(PlannedPattern pattern) {
    AccessPattern declared = pattern.declared();
    boolean strong = declared.consistent();
    List<String> steps = new ArrayList<>();
    if (pattern.operation() == PlannedPattern.Operation.GET_ITEM) {
      long bytes = Sizes.item(pattern.entities().get(0));
      long units = units(bytes, READ_UNIT);
      BigDecimal total = consistency(units, strong);
      steps.add(
          "GetItem: 1 item of "
              + bytes
              + " B → "
              + units
              + " × 4 KB"
              + factor(strong)
              + " = "
              + format(total));
      return new ReadEstimate(total, steps);
    }
    long entry =
        Stream.concat(pattern.entities().stream(), pattern.alsoRead().stream())
            .mapToLong(e -> Sizes.entry(e, pattern.index()))
            .max()
            .orElse(0);
    int page = declared.pageSize();
    long bytes = Math.min(page * entry, QUERY_LIMIT);
    long units = units(bytes, READ_UNIT);
    BigDecimal total = consistency(units, strong);
    steps.add(
        "Query: "
            + page
            + " × "
            + entry
            + " B = "
            + page * entry
            + " B"
            + (page * entry > QUERY_LIMIT ? ", at most 1048576 B a call" : "")
            + " → "
            + units
            + " × 4 KB"
            + factor(strong)
            + " = "
            + format(total));
    if (declared.fetch()) {
      long item = pattern.entities().stream().mapToLong(Sizes::item).max().orElse(0);
      long each = units(item, READ_UNIT);
      BigDecimal batch = consistency(page * each, strong);
      steps.add(
          "BatchGetItem: "
              + page
              + " × "
              + item
              + " B → "
              + page
              + " × "
              + each
              + " × 4 KB"
              + factor(strong)
              + " = "
              + format(batch));
      total = total.add(batch);
    }
    return new ReadEstimate(total, steps);
  }

  /** The write units of {@code entity}: the table, then every index it lands in, in table order. */
  static WriteEstimate write(Entity entity, List<Index> secondaryIndexes) {
    long item = Sizes.item(entity);
    List<IndexWrite> entries = new ArrayList<>();
    for (Index index : secondaryIndexes) {
      entity
          .key(index.name())
          .ifPresent(
              key -> {
                long bytes = Sizes.entry(entity, index);
                entries.add(
                    new IndexWrite(
                        index, bytes, units(bytes, WRITE_UNIT), keyMayChange(entity, key)));
              });
    }
    return new WriteEstimate(entity, item, units(item, WRITE_UNIT), entries);
  }

  /** Whether the key in {@code key}'s index uses an attribute outside the primary key. */
  static boolean keyMayChange(Entity entity, EntityKey key) {
    List<String> fixed = entity.primaryKey().attributes();
    return key.attributes().stream().anyMatch(a -> !fixed.contains(a));
  }

  /** {@code bytes} rounded up to whole units of {@code unit} bytes; at least one. */
  static long units(long bytes, long unit) {
    return Math.max(1, (bytes + unit - 1) / unit);
  }

  /** Read units as a number: two eventually consistent reads for one strong one. */
  static String format(BigDecimal units) {
    return units.signum() == 0 ? "0" : units.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal consistency(long units, boolean strong) {
    BigDecimal whole = BigDecimal.valueOf(units);
    return strong ? whole : whole.multiply(HALF);
  }

  private static String factor(boolean strong) {
    return strong ? " (strong)" : " × 0.5 (eventual)";
  }
}
