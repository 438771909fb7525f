package dev.tablesmith.generator.emit.docs;

import dev.tablesmith.generator.emit.docs.Grid.Cell;
import dev.tablesmith.generator.emit.docs.Grid.Plain;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.Projection;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The table's settings, its secondary indexes, and every entity's key templates on each index. */
final class TableSection {
  private final ResolvedModel model;

  TableSection(ResolvedModel model) {
    this.model = model;
  }

  /** Setting and value, one row each. */
  Grid settings() {
    Table t = model.table();
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(Cell.plain("physical name"), Cell.code(t.physicalName())));
    rows.add(List.of(Cell.plain("partition key"), keys(t.primary().partitionKey())));
    rows.add(List.of(Cell.plain("sort key"), keys(t.primary().sortKey())));
    rows.add(
        List.of(
            Cell.plain("billing"),
            Cell.plain(
                t.billing().provisioned()
                    ? "provisioned: "
                        + t.billing().read()
                        + " read, "
                        + t.billing().write()
                        + " write units"
                    : "on-demand")));
    rows.add(List.of(Cell.plain("stream"), Cell.plain(t.stream().modelName())));
    rows.add(List.of(Cell.plain("time to live"), optionalCode(t.timeToLive())));
    rows.add(List.of(Cell.plain("point-in-time recovery"), onOff(t.pointInTimeRecovery())));
    rows.add(List.of(Cell.plain("deletion protection"), onOff(t.deletionProtection())));
    rows.add(List.of(Cell.plain("entity-type attribute"), optionalCode(t.entityTypeAttribute())));
    rows.add(List.of(Cell.plain("key delimiter"), Cell.code(t.delimiter())));
    return Grid.of(List.of("setting", "value"), rows);
  }

  /** One row per secondary index, in declared order. */
  Grid indexes() {
    List<List<Cell>> rows = new ArrayList<>();
    for (Index i : model.table().indexes()) {
      rows.add(
          List.of(
              Cell.text(i.name()),
              Cell.plain(kind(i)),
              keys(i.partitionKey()),
              keys(i.sortKey()),
              projection(i.projection())));
    }
    return Grid.of(List.of("index", "kind", "partition key", "sort key", "projection"), rows);
  }

  /** Each entity that lands in {@code index}, with its partition and sort templates there. */
  Grid keyTemplates(Index index) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Entity e : model.members(index)) {
      EntityKey key = e.key(index.name()).orElseThrow();
      rows.add(
          List.of(
              Cell.text(e.name()),
              templates(key.partition()),
              index.hasSortKey() ? templates(key.sort()) : Cell.NONE));
    }
    return new Grid(
        List.of(
            Cell.plain("entity"),
            header("partition", index.partitionKey()),
            header("sort", index.sortKey())),
        rows);
  }

  /** {@code GSI}, {@code LSI}, or {@code table}. */
  static String kind(Index index) {
    return switch (index.kind()) {
      case PRIMARY -> "table";
      case GLOBAL -> "GSI";
      case LOCAL -> "LSI";
    };
  }

  /** Key attributes with their DynamoDB types: {@code PK} (S), or a dash for none. */
  static Cell keys(List<KeyAttribute> attributes) {
    if (attributes.isEmpty()) {
      return Cell.NONE;
    }
    return Cell.join(
        attributes.stream()
            .map(
                k ->
                    Cell.of(new Grid.Code(k.name()), new Plain(" (" + k.type().dynamoType() + ")")))
            .toList(),
        new Plain(", "));
  }

  /** A key part's template on its own, or each part's templates of a multi-attribute key. */
  static Cell templates(List<KeyPart> parts) {
    return Cell.join(
        parts.stream().map(p -> Cell.code(p.template().source())).toList(), new Plain(", "));
  }

  private static Cell header(String side, List<KeyAttribute> attributes) {
    if (attributes.isEmpty()) {
      return Cell.plain(side + " template");
    }
    List<Grid.Span> spans = new ArrayList<>(List.of(new Plain(side + " template (")));
    for (int i = 0; i < attributes.size(); i++) {
      if (i > 0) {
        spans.add(new Plain(", "));
      }
      spans.add(new Grid.Code(attributes.get(i).name()));
    }
    spans.add(new Plain(")"));
    return new Cell(spans);
  }

  private static Cell projection(Projection projection) {
    return switch (projection.type()) {
      case ALL -> Cell.plain("all");
      case KEYS_ONLY -> Cell.plain("keys only");
      case INCLUDE -> {
        List<Grid.Span> spans = new ArrayList<>(List.of(new Plain("keys and ")));
        for (int i = 0; i < projection.include().size(); i++) {
          if (i > 0) {
            spans.add(new Plain(", "));
          }
          spans.add(new Grid.Code(projection.include().get(i)));
        }
        yield new Cell(spans);
      }
    };
  }

  private static Cell onOff(boolean on) {
    return Cell.plain(on ? "on" : "off");
  }

  private static Cell optionalCode(Optional<String> value) {
    return value.map(Cell::code).orElse(Cell.plain("none"));
  }
}
