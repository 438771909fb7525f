package dev.tablesmith.generator.emit.docs;

import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.diag.Location;
import dev.tablesmith.generator.diag.Severity;
import dev.tablesmith.generator.emit.docs.Grid.Cell;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.plan.PlannedModel;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * What a review document says, decided once so that the Markdown and the HTML say the same: every
 * part is model text, code or the generator's plain words, and the writers only escape and lay out.
 *
 * @param name the model's name (the title)
 * @param description the model's description, maybe empty
 * @param file the model file's name, without directories
 * @param settings the table's settings
 * @param indexes the secondary indexes
 * @param keys per index, the table first: its heading and its members' key templates
 * @param patterns the access-pattern table
 * @param matrix which index each pattern reads
 * @param collections per index, the table first: its item collections
 * @param warnings the checker's warnings for this model, as the CLI renders them
 * @param reads read units per call of each pattern
 * @param writes write units of each entity's writes
 * @param assumptions every assumption of the cost estimates
 */
record Review(
    String name,
    String description,
    String file,
    Grid settings,
    Grid indexes,
    List<Section> keys,
    Grid patterns,
    Matrix matrix,
    List<ItemCollections> collections,
    List<String> warnings,
    Grid reads,
    Grid writes,
    List<Cell> assumptions) {

  /** A heading (an index's name and kind) over a grid. */
  record Section(Cell heading, Grid grid) {}

  /** The columns (the table, then each index) and, per pattern, the column it reads. */
  record Matrix(List<String> columns, List<String> patterns, List<Integer> reads) {
    Matrix {
      columns = List.copyOf(columns);
      patterns = List.copyOf(patterns);
      reads = List.copyOf(reads);
    }
  }

  Review {
    keys = List.copyOf(keys);
    collections = List.copyOf(collections);
    warnings = List.copyOf(warnings);
    assumptions = List.copyOf(assumptions);
  }

  /**
   * The review of {@code planned}, with the warnings among {@code diagnostics} that are its own.
   */
  static Review of(PlannedModel planned, List<Diagnostic> diagnostics) {
    ResolvedModel model = planned.model();
    String file = fileName(model.file());
    TableSection table = new TableSection(model);
    List<Section> keys = new ArrayList<>();
    for (Index i : model.table().allIndexes()) {
      keys.add(new Section(heading(i), table.keyTemplates(i)));
    }
    List<String> warnings =
        diagnostics.stream()
            .filter(d -> d.severity() == Severity.WARNING)
            .filter(d -> d.location().file().equals(model.file()))
            .map(d -> relocated(d, file).render())
            .toList();
    return new Review(
        model.name(),
        model.description(),
        file,
        table.settings(),
        table.indexes(),
        keys,
        PatternSection.grid(planned.patterns()),
        matrix(model, planned.patterns()),
        ItemCollections.of(model),
        warnings,
        CostSection.reads(planned.patterns()),
        CostSection.writes(model),
        Assumptions.of(model));
  }

  /** An index's name and, for a secondary index, its kind. */
  static Cell heading(Index index) {
    return index.isPrimary()
        ? Cell.text(index.name())
        : Cell.of(
            new Grid.Text(index.name()), new Grid.Plain(" (" + TableSection.kind(index) + ")"));
  }

  private static Matrix matrix(ResolvedModel model, List<PlannedPattern> patterns) {
    List<String> columns = model.table().allIndexes().stream().map(Index::name).toList();
    List<String> names = patterns.stream().map(PlannedPattern::name).toList();
    List<Integer> reads = patterns.stream().map(p -> columns.indexOf(p.indexName())).toList();
    return new Matrix(columns, names, reads);
  }

  /** The diagnostic as if its file were named {@code file}: generated text holds no directories. */
  private static Diagnostic relocated(Diagnostic d, String file) {
    Location at = d.location();
    return new Diagnostic(
        d.code(), new Location(file, at.line(), at.column()), d.message(), d.hint());
  }

  /** The part after the last {@code /} or {@code \\}, the same on every operating system. */
  private static String fileName(String file) {
    return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  }
}
