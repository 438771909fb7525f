package dev.tablesmith.generator.resolve;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.diag.NearestName;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.AccessPattern.Binding;
import dev.tablesmith.generator.model.AccessPattern.Returns;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.Filter;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.Ref;
import dev.tablesmith.generator.model.Table;
import dev.tablesmith.generator.model.Value;
import dev.tablesmith.generator.read.MapNode;
import dev.tablesmith.generator.read.Node;
import dev.tablesmith.generator.read.ScalarNode;
import dev.tablesmith.generator.read.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves access patterns: entity, attribute and index names, and which options a get or a query
 * takes. Reports TS206, TS207, TS208 and TS511.
 */
final class PatternResolver {
  private static final List<String> QUERY_ONLY =
      List.of("by", "fixed", "range", "filter", "order", "pageSize", "index", "fetch", "returns");

  private final Table table;
  private final Map<String, Entity> entities;
  private final Diagnostics diagnostics;

  PatternResolver(Table table, Map<String, Entity> entities, Diagnostics diagnostics) {
    this.table = table;
    this.entities = entities;
    this.diagnostics = diagnostics;
  }

  Optional<AccessPattern> resolve(ScalarNode name, Fields f) {
    String pattern = name.text();
    boolean get = f.has("get");
    if (get == f.has("query")) {
      diagnostics.report(
          Code.TS511,
          name.location(),
          pattern,
          get
              ? "has both 'get' and 'query'; a pattern is exactly one of them"
              : "needs 'get: Entity' or 'query: Entity'");
      return Optional.empty();
    }
    if (get) {
      for (String key : QUERY_ONLY) {
        f.node(key)
            .ifPresent(
                n ->
                    diagnostics.report(
                        Code.TS511,
                        f.map().entry(key).get().key().location(),
                        pattern,
                        "is a get, which reads one item by its primary key; '"
                            + key
                            + "' applies to queries only"));
      }
    }
    List<Ref> targets = f.refs(get ? "get" : "query");
    List<Entity> resolved = new ArrayList<>();
    for (Ref target : targets) {
      Entity e = entities.get(target.name());
      if (e == null) {
        diagnostics.reportWithHint(
            Code.TS207,
            target.location(),
            NearestName.hint(target.name(), entities.keySet()),
            target.name());
      } else {
        resolved.add(e);
      }
    }
    if (resolved.size() != targets.size()) {
      return Optional.empty();
    }
    List<Binding> fixed = new ArrayList<>();
    for (MapNode.Entry e : f.entries("fixed")) {
      fixed.add(new Binding(new Ref(e.key().text(), e.key().location()), Fields.value(e.value())));
    }
    List<Filter> filters = filters(f);
    List<Ref> by = f.refs("by");
    Optional<Ref> range = f.ref("range");
    Optional<Ref> index = f.ref("index");
    boolean known =
        attributesKnown(pattern, resolved, by, fixed, range, filters) & indexKnown(index);
    if (!known) {
      return Optional.empty();
    }
    return Optional.of(
        new AccessPattern(
            pattern,
            f.text("description", ""),
            get,
            targets,
            by,
            fixed,
            range,
            filters,
            f.text("order", "asc").equals("desc"),
            f.number("pageSize").map(Long::intValue).orElse(AccessPattern.DEFAULT_PAGE_SIZE),
            f.bool("consistent"),
            index,
            f.bool("fetch"),
            Returns.valueOf(f.text("returns", "items").toUpperCase(Locale.ROOT)),
            name.location()));
  }

  private List<Filter> filters(Fields f) {
    List<Filter> filters = new ArrayList<>();
    Optional<Node> node = f.node("filter");
    if (node.isEmpty()) {
      return filters;
    }
    if (node.get() instanceof SeqNode seq) {
      seq.items()
          .forEach(
              item -> filters.add(new Filter(Fields.ref(item), Filter.Operator.EQ, List.of())));
      return filters;
    }
    for (MapNode.Entry e : ((MapNode) node.get()).entries()) {
      Ref attribute = new Ref(e.key().text(), e.key().location());
      if (e.value() instanceof ScalarNode op) {
        filters.add(new Filter(attribute, Filter.Operator.of(op.text()), List.of()));
        continue;
      }
      MapNode.Entry condition = ((MapNode) e.value()).entries().get(0);
      List<Value> constants = new ArrayList<>();
      if (condition.value() instanceof SeqNode values) {
        values.items().forEach(v -> constants.add(Fields.value(v)));
      } else {
        constants.add(Fields.value(condition.value()));
      }
      filters.add(new Filter(attribute, Filter.Operator.of(condition.key().text()), constants));
    }
    return filters;
  }

  private boolean attributesKnown(
      String pattern,
      List<Entity> targets,
      List<Ref> by,
      List<Binding> fixed,
      Optional<Ref> range,
      List<Filter> filters) {
    List<Ref> used = new ArrayList<>(by);
    fixed.forEach(b -> used.add(b.attribute()));
    range.ifPresent(used::add);
    filters.forEach(x -> used.add(x.attribute()));
    boolean known = true;
    for (Ref ref : used) {
      for (Entity e : targets) {
        if (e.attribute(ref.name()).isEmpty()) {
          List<String> names = e.attributes().stream().map(Attribute::name).toList();
          diagnostics.reportWithHint(
              Code.TS206,
              ref.location(),
              NearestName.hint(ref.name(), names),
              ref.name(),
              "pattern " + pattern + " (entity " + e.name() + " has no such attribute)");
          known = false;
        }
      }
    }
    return known;
  }

  private boolean indexKnown(Optional<Ref> index) {
    if (index.isEmpty() || table.index(index.get().name()).isPresent()) {
      return true;
    }
    List<String> names = table.allIndexes().stream().map(Index::name).toList();
    diagnostics.reportWithHint(
        Code.TS208,
        index.get().location(),
        NearestName.hint(index.get().name(), names),
        index.get().name());
    return false;
  }
}
