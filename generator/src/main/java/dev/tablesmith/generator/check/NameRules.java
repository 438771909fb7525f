package dev.tablesmith.generator.check;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.diag.Location;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.EmbeddedType;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.model.ResolvedModel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names that reach Java: keywords (TS201), names differing only in case (TS202), clashes with
 * generated types and members (TS203), and the package name (TS205).
 */
final class NameRules {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private final ResolvedModel model;
  private final Diagnostics diagnostics;

  NameRules(ResolvedModel model, Diagnostics diagnostics) {
    this.model = model;
    this.diagnostics = diagnostics;
  }

  void check() {
    packageName();
    types();
    for (Entity e : model.entities()) {
      members("attribute", e.name(), e.attributes());
    }
    for (EmbeddedType t : model.types()) {
      members("field", t.name(), t.fields());
    }
    patterns();
  }

  private void packageName() {
    String name = model.packageName();
    for (String segment : name.split("\\.", -1)) {
      String why =
          segment.isEmpty()
              ? "it has an empty segment"
              : GeneratedNames.KEYWORDS.contains(segment)
                  ? "'" + segment + "' is a Java keyword"
                  : !SEGMENT.matcher(segment).matches()
                      ? "'" + segment + "' is not a Java identifier"
                      : "";
      if (!why.isEmpty()) {
        diagnostics.report(Code.TS205, model.location(), name, why);
        return;
      }
    }
  }

  /**
   * Generated type names are files too, so they must differ beyond case (case-insensitive disks).
   */
  private void types() {
    Map<String, String> names = new HashMap<>();
    for (Entity e : model.entities()) {
      caseTwin(names, "entity", e.name(), e.location());
    }
    for (EmbeddedType t : model.types()) {
      caseTwin(names, "type", t.name(), t.location());
    }
    Map<String, String> owners = new HashMap<>();
    Map<String, Location> where = new HashMap<>();
    claim(
        owners,
        where,
        GeneratedNames.table(model),
        "the table facade of model " + model.name(),
        model.location());
    claim(
        owners,
        where,
        GeneratedNames.streamRouter(model),
        "the stream router of model " + model.name(),
        model.location());
    claim(
        owners,
        where,
        GeneratedNames.transaction(model),
        "the transaction builder of model " + model.name(),
        model.location());
    for (Entity e : model.entities()) {
      if (!names.get(e.name().toLowerCase(Locale.ROOT)).equals(e.name())) {
        continue;
      }
      GeneratedNames.entityTypes(e)
          .forEach((type, what) -> claim(owners, where, type, what, e.location()));
    }
    for (EmbeddedType t : model.types()) {
      if (!names.get(t.name().toLowerCase(Locale.ROOT)).equals(t.name())) {
        continue;
      }
      GeneratedNames.embeddedTypes(t)
          .forEach((type, what) -> claim(owners, where, type, what, t.location()));
    }
    for (AccessPattern p : model.patterns()) {
      if (p.isCollection()) {
        claim(
            owners,
            where,
            GeneratedNames.collection(p),
            "the result type of pattern " + p.name(),
            p.location());
      }
      if (p.returns() == AccessPattern.Returns.PROJECTED) {
        claim(
            owners,
            where,
            GeneratedNames.projection(p),
            "the result type of pattern " + p.name(),
            p.location());
      }
    }
  }

  private void caseTwin(Map<String, String> names, String kind, String name, Location at) {
    String before = names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    if (before != null && before.equals(name)) {
      diagnostics.report(Code.TS203, at, kind, name, "the entity of the same name");
    } else if (before != null) {
      diagnostics.report(Code.TS202, at, kind, name, before);
    }
  }

  private void claim(
      Map<String, String> owners,
      Map<String, Location> where,
      String type,
      String owner,
      Location at) {
    if (GeneratedNames.JAVA_LANG.contains(type)) {
      diagnostics.report(
          Code.TS203,
          at,
          "type",
          type,
          "java.lang." + type + " (" + owner + "), which generated code uses");
      return;
    }
    String folded = type.toLowerCase(Locale.ROOT);
    String before = owners.putIfAbsent(folded, owner + " (" + type + ")");
    if (before != null) {
      diagnostics.report(Code.TS203, at, "type", type, before);
    }
  }

  private void members(String kind, String owner, List<Attribute> attributes) {
    Map<String, String> seen = new HashMap<>();
    for (Attribute a : attributes) {
      String name = a.name();
      if (GeneratedNames.KEYWORDS.contains(name)) {
        diagnostics.reportWithHint(
            Code.TS201,
            a.location(),
            "rename it and keep the stored name: "
                + name
                + "X: { type: ..., stored: "
                + name
                + " }",
            kind,
            name);
      } else if (GeneratedNames.ENTITY_MEMBERS.contains(name)) {
        diagnostics.reportWithHint(
            Code.TS203,
            a.location(),
            "rename it and keep the stored name with 'stored: " + name + "'",
            kind,
            name,
            "the generated member " + name + "() of " + owner);
      }
      String before = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      if (before != null) {
        diagnostics.report(Code.TS202, a.location(), kind, name, before);
      }
    }
  }

  private void patterns() {
    Map<String, String> taken = new HashMap<>();
    for (Entity e : model.entities()) {
      taken.put(GeneratedNames.entityAccessor(e), "the accessor for entity " + e.name());
    }
    for (AccessPattern p : model.patterns()) {
      String derived = p.get() ? GeneratedNames.batchGet(p) : GeneratedNames.allPages(p);
      taken.putIfAbsent(
          derived, "the " + (p.get() ? "batch" : "all-pages") + " form of pattern " + p.name());
    }
    Map<String, String> seen = new HashMap<>();
    for (AccessPattern p : model.patterns()) {
      String name = p.name();
      if (GeneratedNames.KEYWORDS.contains(name)) {
        diagnostics.report(Code.TS201, p.location(), "pattern", name);
      } else if (GeneratedNames.TABLE_MEMBERS.contains(name)) {
        diagnostics.report(
            Code.TS203,
            p.location(),
            "pattern",
            name,
            "the generated member " + name + "() of " + GeneratedNames.table(model));
      } else if (taken.containsKey(name)) {
        diagnostics.report(Code.TS203, p.location(), "pattern", name, taken.get(name));
      }
      String before = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      if (before != null) {
        diagnostics.report(Code.TS202, p.location(), "pattern", name, before);
      }
    }
  }
}
