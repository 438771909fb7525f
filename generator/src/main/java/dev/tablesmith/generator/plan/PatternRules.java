package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.check.KeyOverlaps;
import dev.tablesmith.generator.check.Literals;
import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.AccessPattern.Returns;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Filter;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.Projection;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.Template;
import dev.tablesmith.generator.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a query pattern must keep once its index is chosen: consistency on a GSI (TS503),
 * filters (TS504 to TS506, TS511), literals (TS228), projections (TS507, TS512), and other entities
 * its key condition reads (TS510).
 */
final class PatternRules {
  private final ResolvedModel model;
  private final KeyOverlaps overlaps;
  private final Diagnostics diagnostics;

  PatternRules(ResolvedModel model, KeyOverlaps overlaps, Diagnostics diagnostics) {
    this.model = model;
    this.overlaps = overlaps;
    this.diagnostics = diagnostics;
  }

  /** Reports what the pattern breaks; returns the other entity types its condition reads. */
  List<Entity> check(AccessPattern p, List<Entity> targets, Index index, KeyCondition condition) {
    if (p.consistent() && index.isGlobal()) {
      diagnostics.report(Code.TS503, p.location(), p.name(), index.name());
    }
    for (AccessPattern.Binding b : p.fixed()) {
      for (Entity t : targets) {
        literal("fixed value", t.attribute(b.attribute().name()).orElseThrow(), b.value());
      }
    }
    filters(p, targets, index, condition);
    condition.range().ifPresent(r -> textRange(p, r));
    projection(p, targets, index);
    List<Entity> alsoRead = alsoRead(targets, index, condition);
    if (!alsoRead.isEmpty()) {
      diagnostics.report(
          Code.TS510,
          p.location(),
          p.name(),
          String.join(", ", alsoRead.stream().map(Entity::name).toList()));
    }
    return alsoRead;
  }

  /**
   * Variable-width text followed by a literal: {@code a!#x} sorts before {@code a#x} though {@code
   * a!} is after {@code a}, so bounds on such values are not exact.
   */
  private void textRange(AccessPattern p, RangeSpec r) {
    if (r.following().isEmpty()) {
      return;
    }
    char first = r.following().charAt(0);
    boolean risky =
        switch (r.attribute().type().kind()) {
          case STRING -> true;
          case ENUM ->
              r.attribute().type().values().stream()
                  .anyMatch(v -> v.stored().chars().anyMatch(c -> c < first));
          default -> false;
        };
    if (risky) {
      diagnostics.report(
          Code.TS513,
          p.range().orElseThrow().location(),
          p.name(),
          r.attribute().name(),
          r.following(),
          r.following().substring(0, 1));
    }
  }

  List<PlannedPattern.PlannedFilter> filters(AccessPattern p, Entity first) {
    return p.filters().stream()
        .map(
            f ->
                new PlannedPattern.PlannedFilter(
                    f, first.attribute(f.attribute().name()).orElseThrow()))
        .toList();
  }

  /** Stored names the index returns; every stored name of the targets when it projects all. */
  List<String> projected(List<Entity> targets, Index index) {
    Set<String> names = new LinkedHashSet<>();
    model.table().primary().keyAttributes().forEach(k -> names.add(k.name()));
    index.keyAttributes().forEach(k -> names.add(k.name()));
    if (index.projection().type() == Projection.Type.INCLUDE) {
      names.addAll(index.projection().include());
    } else if (index.projection().type() == Projection.Type.ALL) {
      model.table().entityTypeAttribute().ifPresent(names::add);
      for (Entity t : targets) {
        t.attributes().forEach(a -> names.add(a.storedName()));
        t.constants().forEach(c -> names.add(c.storedName()));
      }
    }
    return List.copyOf(names);
  }

  private void filters(AccessPattern p, List<Entity> targets, Index index, KeyCondition condition) {
    if (p.filters().isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (Filter f : p.filters()) {
      names.add(f.attribute().name());
      for (Entity t : targets) {
        filter(p, t, index, condition, f);
      }
    }
    diagnostics.report(
        Code.TS506, p.filters().get(0).attribute().location(), p.name(), String.join(", ", names));
  }

  private void filter(AccessPattern p, Entity t, Index index, KeyCondition condition, Filter f) {
    Attribute a = t.attribute(f.attribute().name()).orElseThrow();
    EntityKey key = t.key(index.name()).orElseThrow();
    List<String> partition =
        key.partition().stream().flatMap(k -> k.template().placeholders().stream()).toList();
    List<String> sort = IndexMatcher.sortPlaceholders(key);
    int bound =
        (int)
            sort.stream()
                .takeWhile(
                    n ->
                        p.by().stream().anyMatch(r -> r.name().equals(n))
                            || p.fixed().stream().anyMatch(b -> b.attribute().name().equals(n)))
                .count();
    boolean nextSort = bound < sort.size() && sort.get(bound).equals(a.name());
    if (partition.contains(a.name())
        || (nextSort && p.range().isEmpty())
        || p.range().filter(r -> r.name().equals(a.name())).isPresent()) {
      diagnostics.report(
          Code.TS504,
          f.attribute().location(),
          p.name(),
          a.name(),
          index.describe(),
          partition.contains(a.name()) ? "'by'" : "'range'");
      return;
    }
    if (f.operator() == Filter.Operator.BEGINS_WITH
        && (a.type().kind().isNumeric() || a.dynamoType().equals("N"))) {
      diagnostics.report(
          Code.TS505, f.attribute().location(), p.name(), a.name(), "stored as a number (N)");
    }
    operands(p, a, f);
    if (!projects(index, t, a)) {
      diagnostics.report(
          Code.TS511,
          f.attribute().location(),
          p.name(),
          "filters on '"
              + a.name()
              + "', which "
              + index.describe()
              + " does not project; a filter reads projected attributes only");
    }
  }

  private void operands(AccessPattern p, Attribute a, Filter f) {
    if (!f.isConstant()) {
      return;
    }
    int expected = f.operator().operands();
    if (f.constants().size() != expected) {
      diagnostics.report(
          Code.TS511,
          f.attribute().location(),
          p.name(),
          "gives "
              + f.operator().modelName()
              + " on '"
              + a.name()
              + "' "
              + f.constants().size()
              + " value"
              + (f.constants().size() == 1 ? "" : "s")
              + "; it takes "
              + (expected == 2 ? "two: [low, high]" : expected == 1 ? "one" : "none"));
      return;
    }
    if (f.operator() == Filter.Operator.CONTAINS) {
      return;
    }
    for (Value v : f.constants()) {
      literal("filter value", a, v);
    }
  }

  private void literal(String what, Attribute a, Value v) {
    Literals.problem(a, v)
        .ifPresent(
            why ->
                diagnostics.report(
                    Code.TS228, v.location(), what, v.text(), a.type().describe(), why));
  }

  private boolean projects(Index index, Entity t, Attribute a) {
    return index.projection().type() == Projection.Type.ALL
        || projected(List.of(t), index).contains(a.storedName());
  }

  private void projection(AccessPattern p, List<Entity> targets, Index index) {
    Projection.Type type = index.projection().type();
    if (type == Projection.Type.ALL && (p.fetch() || p.returns() == Returns.PROJECTED)) {
      diagnostics.report(
          Code.TS512,
          p.location(),
          p.name(),
          (p.fetch() ? "asks to fetch" : "returns projected")
              + " items, but "
              + index.describe()
              + " projects all attributes; drop it");
      return;
    }
    if (type == Projection.Type.ALL || p.fetch() || p.returns() != Returns.ITEMS) {
      return;
    }
    Set<String> missing = new LinkedHashSet<>();
    List<String> projected = projected(targets, index);
    for (Entity t : targets) {
      for (Attribute a : t.attributes()) {
        if (!projected.contains(a.storedName())) {
          missing.add(a.storedName());
        }
      }
    }
    if (!missing.isEmpty()) {
      diagnostics.reportWithHint(
          Code.TS507,
          p.location(),
          "add 'fetch: true' (query the index, then BatchGet the full items), 'returns: keys',"
              + " or 'returns: projected'",
          p.name(),
          index.describe(),
          index.projection().describe(),
          String.join(", ", missing) + (missing.size() == 1 ? " is" : " are"));
    }
  }

  private List<Entity> alsoRead(List<Entity> targets, Index index, KeyCondition condition) {
    String literal =
        condition.sortEqualities().size() == 1
            ? condition.sortEqualities().get(0).template().leadingLiteral()
            : condition.beginsWith().map(b -> b.template().leadingLiteral()).orElse("");
    List<Entity> out = new ArrayList<>();
    for (Entity t : targets) {
      EntityKey kt = t.key(index.name()).orElseThrow();
      for (Entity x : overlaps.candidates(index, t, literal)) {
        EntityKey kx = x.key(index.name()).orElseThrow();
        if (!targets.contains(x)
            && !out.contains(x)
            && overlaps.partitionsMeet(t, kt, x, kx)
            && sortMatches(t, kt, x, kx, condition)) {
          out.add(x);
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(model.entities()::indexOf));
    return out;
  }

  private boolean sortMatches(Entity t, EntityKey kt, Entity x, EntityKey kx, KeyCondition c) {
    if (kt.sort().size() != 1
        || kt.sort().get(0).attribute().type() != KeyAttribute.KeyType.STRING) {
      return kt.sort().isEmpty();
    }
    Template tt = kt.sort().get(0).template();
    Template tx = kx.sort().get(0).template();
    if (!c.sortEqualities().isEmpty()) {
      return overlaps.conditionMatches(t, tt, tt.placeholders().size(), x, tx);
    }
    if (c.beginsWith().isEmpty()) {
      return true;
    }
    Template prefix = c.beginsWith().get().template();
    return prefix.isConstant()
        ? overlaps.prefixMatches(prefix.source(), x, tx)
        : overlaps.conditionMatches(t, tt, prefix.placeholders().size(), x, tx);
  }
}
