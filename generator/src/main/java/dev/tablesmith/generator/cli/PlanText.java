package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * One line per pattern, in aligned columns: name, operation, index, key condition, then the options
 * that shape the call in brackets.
 */
final class PlanText {
  private PlanText() {}

  static List<String> lines(List<PlannedPattern> patterns) {
    int name = 0;
    int index = 0;
    for (PlannedPattern p : patterns) {
      name = Math.max(name, p.name().length());
      index = Math.max(index, p.indexName().length());
    }
    List<String> lines = new ArrayList<>();
    for (PlannedPattern p : patterns) {
      String line =
          pad(p.name(), name)
              + "  "
              + pad(p.operation().apiName(), 7)
              + "  "
              + pad(p.indexName(), index)
              + "  "
              + p.keyConditionText();
      List<String> options = options(p);
      lines.add(options.isEmpty() ? line : line + "  [" + String.join("; ", options) + "]");
    }
    return lines;
  }

  private static List<String> options(PlannedPattern p) {
    AccessPattern d = p.declared();
    List<String> out = new ArrayList<>();
    if (p.choice() != PlannedPattern.IndexChoice.PRIMARY_KEY) {
      out.add(p.choice() == PlannedPattern.IndexChoice.PINNED ? "pinned" : "picked");
    }
    if (p.entities().size() > 1) {
      out.add("collection " + String.join(", ", p.entities().stream().map(e -> e.name()).toList()));
    }
    p.keyCondition().range().ifPresent(r -> out.add("range " + r.attribute().name()));
    if (!p.filters().isEmpty()) {
      out.add(
          "filter "
              + String.join(", ", p.filters().stream().map(f -> f.attribute().name()).toList()));
    }
    if (d.descending()) {
      out.add("desc");
    }
    if (p.operation() == PlannedPattern.Operation.QUERY) {
      out.add("page " + d.pageSize());
    }
    if (d.consistent()) {
      out.add("consistent");
    }
    if (d.fetch()) {
      out.add("fetch");
    }
    if (d.returns() != AccessPattern.Returns.ITEMS) {
      out.add("returns " + d.returns().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (!p.alsoRead().isEmpty()) {
      out.add("also reads " + String.join(", ", p.alsoRead().stream().map(e -> e.name()).toList()));
    }
    return out;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
