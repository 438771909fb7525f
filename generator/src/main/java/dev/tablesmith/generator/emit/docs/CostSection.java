package dev.tablesmith.generator.emit.docs;

import dev.tablesmith.generator.emit.docs.CostModel.IndexWrite;
import dev.tablesmith.generator.emit.docs.CostModel.ReadEstimate;
import dev.tablesmith.generator.emit.docs.CostModel.WriteEstimate;
import dev.tablesmith.generator.emit.docs.Grid.Break;
import dev.tablesmith.generator.emit.docs.Grid.Cell;
import dev.tablesmith.generator.emit.docs.Grid.Plain;
import dev.tablesmith.generator.emit.docs.Grid.Span;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.util.ArrayList;
import java.util.List;

/** The estimated cost of each call: read units per pattern, write units per entity write. */
final class CostSection {
  private CostSection() {}

  /** One row per pattern: its read units per call and how they add up. */
  static Grid reads(List<PlannedPattern> patterns) {
    List<List<Cell>> rows = new ArrayList<>();
    for (PlannedPattern p : patterns) {
      ReadEstimate r = CostModel.read(p);
      List<Span> how = new ArrayList<>();
      for (String step : r.steps()) {
        if (!how.isEmpty()) {
          how.add(new Break());
        }
        how.add(new Plain(step));
      }
      notes(p)
          .forEach(
              n -> {
                how.add(new Break());
                how.add(new Plain(n));
              });
      rows.add(
          List.of(
              Cell.text(p.name()),
              Cell.plain(PatternSection.operation(p)),
              Cell.text(p.indexName()),
              Cell.plain(CostModel.format(r.units())),
              new Cell(how)));
    }
    return Grid.of(List.of("pattern", "operation", "index", "read units per call", "how"), rows);
  }

  private static List<String> notes(PlannedPattern p) {
    List<String> notes = new ArrayList<>();
    if (!p.filters().isEmpty()) {
      notes.add("the filter runs after the read: items it drops are billed too");
    }
    if (!p.alsoRead().isEmpty()) {
      notes.add("items of other entity types in the key range are read, billed and dropped");
    }
    return notes;
  }

  /** One row per entity: the table, each secondary index, and the totals of each kind of write. */
  static Grid writes(ResolvedModel model) {
    List<Index> indexes = model.table().indexes();
    List<Cell> header =
        new ArrayList<>(
            List.of(Cell.plain("entity"), Cell.plain("item size"), Cell.plain("table")));
    indexes.forEach(i -> header.add(Cell.text(i.name())));
    for (String h :
        List.of(
            "create or delete",
            "update (worst case)",
            "transactional create",
            "transactional update")) {
      header.add(Cell.plain(h));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (Entity e : model.entities()) {
      WriteEstimate w = CostModel.write(e, indexes);
      List<Cell> row =
          new ArrayList<>(
              List.of(
                  Cell.text(e.name()),
                  Cell.plain(w.itemBytes() + " B"),
                  Cell.plain(Long.toString(w.tableUnits()))));
      for (Index i : indexes) {
        row.add(
            w.indexes().stream()
                .filter(x -> x.index().equals(i))
                .findFirst()
                .map(CostSection::entry)
                .orElse(Cell.NONE));
      }
      row.add(Cell.plain(Long.toString(w.create())));
      row.add(Cell.plain(Long.toString(w.update())));
      row.add(Cell.plain(Long.toString(2 * w.create())));
      row.add(Cell.plain(Long.toString(2 * w.update())));
      rows.add(row);
    }
    return new Grid(header, rows);
  }

  private static Cell entry(IndexWrite w) {
    String text = w.units() + " (entry of " + w.bytes() + " B)";
    return Cell.plain(
        w.keyMayChange() ? text + "; key may change: " + w.updateUnits() + " on update" : text);
  }
}
