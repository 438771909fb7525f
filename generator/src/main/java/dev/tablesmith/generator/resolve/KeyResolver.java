package dev.tablesmith.generator.resolve;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.diag.Location;
import dev.tablesmith.generator.diag.NearestName;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Constant;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.Table;
import dev.tablesmith.generator.model.Template;
import dev.tablesmith.generator.read.MapNode;
import dev.tablesmith.generator.read.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out where an entity's items land: its primary key, the indexes it lists, and the indexes it
 * lands in because its items carry every key attribute (plain-attribute keys, reused table keys,
 * constants, the entity-type attribute). Reports TS208, TS302, TS308, TS310, TS311.
 */
final class KeyResolver {
  private final Table table;
  private final Diagnostics diagnostics;

  KeyResolver(Table table, Diagnostics diagnostics) {
    this.table = table;
    this.diagnostics = diagnostics;
  }

  /** What the resolver knows of one entity while placing it. */
  private record Subject(
      String entity,
      List<Attribute> attributes,
      List<Constant> constants,
      String typeValue,
      Map<String, Written> writes) {

    Optional<Attribute> stored(String name) {
      return attributes.stream().filter(a -> a.storedName().equals(name)).findFirst();
    }
  }

  /** A key attribute an entity writes from a template, and for which index. */
  private record Written(Template template, String index) {}

  List<EntityKey> resolve(
      String entity,
      Fields f,
      List<Attribute> attributes,
      List<Constant> constants,
      String typeValue) {
    Subject s = new Subject(entity, attributes, constants, typeValue, new LinkedHashMap<>());
    List<EntityKey> keys = new ArrayList<>();
    Fields key = Fields.of(f.node("key").orElseThrow());
    keys.add(place(s, table.primary(), key, key.map().location(), true));
    Map<String, Fields> listed = listed(s, f);
    for (Index index : table.indexes()) {
      Fields given = listed.get(index.name());
      if (given != null) {
        keys.add(place(s, index, given, given.map().location(), true));
      }
    }
    for (Index index : table.indexes()) {
      if (!listed.containsKey(index.name())) {
        implicit(s, index).ifPresent(keys::add);
      }
    }
    return keys.stream().filter(k -> k != null).toList();
  }

  private Map<String, Fields> listed(Subject s, Fields f) {
    Map<String, Fields> listed = new LinkedHashMap<>();
    List<String> names = table.indexes().stream().map(Index::name).toList();
    for (MapNode.Entry e : f.entries("indexes")) {
      String name = e.key().text();
      if (names.contains(name)) {
        listed.put(name, Fields.of(e.value()));
      } else {
        diagnostics.reportWithHint(
            Code.TS208, e.key().location(), NearestName.hint(name, names), name);
      }
    }
    return listed;
  }

  private EntityKey place(Subject s, Index index, Fields given, Location at, boolean report) {
    List<KeyPart> partition = side(s, index, index.partitionKey(), given.scalar("partition"), at);
    List<KeyPart> sort = side(s, index, index.sortKey(), given.scalar("sort"), at);
    if (given.has("sort") && !index.hasSortKey()) {
      diagnostics.report(
          Code.TS308,
          given.scalar("sort").get().location(),
          index.describe()
              + " has no sort key, so "
              + s.entity()
              + " gives no sort template for it");
      return null;
    }
    if (partition == null || sort == null) {
      return null;
    }
    return new EntityKey(index, partition, sort, report, at);
  }

  private List<KeyPart> side(
      Subject s, Index index, List<KeyAttribute> keys, Optional<ScalarNode> given, Location at) {
    if (keys.size() > 1 && given.isPresent()) {
      diagnostics.report(
          Code.TS310,
          given.get().location(),
          "index "
              + index.name()
              + " has a multi-attribute key; its parts are plain attributes of the entity, so "
              + s.entity()
              + " gives no template for them");
      return null;
    }
    List<KeyPart> parts = new ArrayList<>();
    for (KeyAttribute k : keys) {
      Optional<Template> template =
          given.isPresent()
              ? parse(s, given.get()).flatMap(t -> checkGiven(s, index, k, t))
              : derive(s, k);
      if (template.isEmpty()) {
        if (given.isEmpty()) {
          diagnostics.report(
              Code.TS308,
              at,
              s.entity()
                  + " has no template for "
                  + index.describe()
                  + "'s key attribute '"
                  + k.name()
                  + "'");
        }
        return null;
      }
      record(s, index, k, template.get());
      parts.add(new KeyPart(k, template.get()));
    }
    return parts;
  }

  private Optional<EntityKey> implicit(Subject s, Index index) {
    List<KeyPart> partition = new ArrayList<>();
    List<KeyPart> sort = new ArrayList<>();
    for (KeyAttribute k : index.keyAttributes()) {
      Optional<Template> t = derive(s, k);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      (index.partitionKey().contains(k) ? partition : sort).add(new KeyPart(k, t.get()));
    }
    return Optional.of(new EntityKey(index, partition, sort, false, index.location()));
  }

  private Optional<Template> parse(Subject s, ScalarNode source) {
    Optional<Template> t = TemplateParser.parse(source.text(), source.location(), diagnostics);
    if (t.isEmpty()) {
      return t;
    }
    boolean known = true;
    for (String name : t.get().placeholders()) {
      if (s.attributes().stream().noneMatch(a -> a.name().equals(name))) {
        List<String> names = s.attributes().stream().map(Attribute::name).toList();
        diagnostics.reportWithHint(
            Code.TS302, source.location(), NearestName.hint(name, names), source.text(), name);
        known = false;
      }
    }
    return known ? t : Optional.empty();
  }

  private Optional<Template> checkGiven(Subject s, Index index, KeyAttribute k, Template t) {
    Optional<Attribute> stored = s.stored(k.name());
    if (stored.isPresent()
        && !(t.isPlain() && t.placeholders().get(0).equals(stored.get().name()))) {
      diagnostics.report(
          Code.TS310,
          t.location(),
          "attribute '"
              + stored.get().name()
              + "' of "
              + s.entity()
              + " is stored as '"
              + k.name()
              + "', the key attribute of "
              + index.describe()
              + ", so its template there must be <"
              + stored.get().name()
              + ">");
      return Optional.empty();
    }
    if (!index.isPrimary() && table.isTableKey(k.name())) {
      Template own = s.writes().get(k.name()).template();
      if (!own.sameShape(t)) {
        diagnostics.report(
            Code.TS311,
            t.location(),
            index.describe(),
            k.name(),
            s.entity(),
            own.source(),
            t.source());
        return Optional.empty();
      }
    }
    return Optional.of(t);
  }

  /** The template an entity's items carry for {@code k} without being told, if they carry it. */
  private Optional<Template> derive(Subject s, KeyAttribute k) {
    Written written = s.writes().get(k.name());
    if (written != null) {
      return Optional.of(written.template());
    }
    Optional<Attribute> stored = s.stored(k.name());
    if (stored.isPresent()) {
      return Optional.of(Template.plain(stored.get().name(), stored.get().location()));
    }
    for (Constant c : s.constants()) {
      if (c.storedName().equals(k.name())) {
        return Optional.of(Template.constant(c.value().text(), c.location()));
      }
    }
    if (table.entityTypeAttribute().filter(k.name()::equals).isPresent()) {
      return Optional.of(Template.constant(s.typeValue(), k.location()));
    }
    return Optional.empty();
  }

  private void record(Subject s, Index index, KeyAttribute k, Template t) {
    Written before = s.writes().putIfAbsent(k.name(), new Written(t, index.name()));
    if (before != null && !before.template().sameShape(t) && !table.isTableKey(k.name())) {
      diagnostics.report(
          Code.TS310,
          t.location(),
          s.entity()
              + " writes '"
              + k.name()
              + "' as '"
              + before.template().source()
              + "' for "
              + before.index()
              + " and as '"
              + t.source()
              + "' for "
              + index.name()
              + "; one attribute holds one value");
    }
  }
}
