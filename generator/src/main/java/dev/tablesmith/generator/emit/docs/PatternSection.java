package dev.tablesmith.generator.emit.docs;

import dev.tablesmith.generator.emit.docs.Grid.Break;
import dev.tablesmith.generator.emit.docs.Grid.Cell;
import dev.tablesmith.generator.emit.docs.Grid.Code;
import dev.tablesmith.generator.emit.docs.Grid.Plain;
import dev.tablesmith.generator.emit.docs.Grid.Span;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.util.ArrayList;
import java.util.List;

/** The access-pattern table: one row per planned pattern, in declared order. */
final class PatternSection {
  /** The header; the index is the fourth column. */
  static final List<String> HEADER =
      List.of(
          "pattern",
          "description",
          "operation",
          "index",
          "key condition",
          "order",
          "page size",
          "returns",
          "projection",
          "consistency",
          "warnings");

  private PatternSection() {}

  static Grid grid(List<PlannedPattern> patterns) {
    List<List<Cell>> rows = new ArrayList<>();
    for (PlannedPattern p : patterns) {
      rows.add(row(p));
    }
    return Grid.of(HEADER, rows);
  }

  private static List<Cell> row(PlannedPattern p) {
    AccessPattern d = p.declared();
    boolean query = p.operation() == PlannedPattern.Operation.QUERY;
    return List.of(
        Cell.text(p.name()),
        Cell.text(d.description()),
        Cell.plain(operation(p)),
        Cell.text(p.indexName()),
        condition(p),
        query ? Cell.plain(d.descending() ? "descending" : "ascending") : Cell.NONE,
        query ? Cell.plain(Integer.toString(d.pageSize())) : Cell.NONE,
        Cell.text(String.join(", ", p.entities().stream().map(Entity::name).toList())),
        Cell.plain(projection(d)),
        Cell.plain(d.consistent() ? "strong" : "eventual"),
        p.warnings().isEmpty()
            ? Cell.NONE
            : Cell.plain(
                String.join(", ", p.warnings().stream().map(w -> w.code().name()).toList())));
  }

  /** {@code GetItem}, {@code Query}, or {@code Query + BatchGetItem} for a pattern that fetches. */
  static String operation(PlannedPattern p) {
    return p.operation().apiName() + (p.declared().fetch() ? " + BatchGetItem" : "");
  }

  /** What the pattern gives back: {@code all}, {@code keys}, {@code projected} or {@code fetch}. */
  static String projection(AccessPattern d) {
    if (d.fetch()) {
      return "fetch";
    }
    return switch (d.returns()) {
      case ITEMS -> "all";
      case KEYS -> "keys";
      case PROJECTED -> "projected";
    };
  }

  /** The key condition as code, then the range and each filter the caller can add. */
  private static Cell condition(PlannedPattern p) {
    List<Span> spans = new ArrayList<>(List.of(new Code(p.keyConditionText())));
    p.keyCondition()
        .range()
        .ifPresent(
            r -> {
              spans.add(new Break());
              spans.add(new Plain("range on "));
              spans.add(new Code(r.attribute().name()));
            });
    for (PlannedPattern.PlannedFilter f : p.filters()) {
      spans.add(new Break());
      spans.add(new Plain("filter: "));
      spans.add(new Code(f.attribute().name()));
      spans.add(new Plain(" " + f.filter().operator().modelName()));
      if (f.filter().isConstant()) {
        for (int i = 0; i < f.filter().constants().size(); i++) {
          spans.add(new Plain(i == 0 ? " " : ", "));
          spans.add(new Code(f.filter().constants().get(i).text()));
        }
      }
    }
    return new Cell(spans);
  }
}
