package dev.tablesmith.generator.check;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Attribute.Role;
import dev.tablesmith.generator.model.Constant;
import dev.tablesmith.generator.model.EmbeddedType;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.Table;
import dev.tablesmith.generator.model.Template;
import dev.tablesmith.generator.model.TypeRef;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attributes as stored: stored-name collisions (TS210 to TS213), roles (TS226), defaults (TS227,
 * TS228), key attribute types (TS309), the time-to-live attribute (TS410).
 */
final class AttributeRules {
  private final ResolvedModel model;
  private final Table table;
  private final Diagnostics diagnostics;

  AttributeRules(ResolvedModel model, Diagnostics diagnostics) {
    this.model = model;
    this.table = model.table();
    this.diagnostics = diagnostics;
  }

  void check() {
    Map<String, Entity> typeValues = new HashMap<>();
    for (Entity e : model.entities()) {
      storedNames(e.name(), e.attributes());
      tableNames(e);
      constants(e);
      roles(e);
      defaults(e.attributes());
      keyTypes(e);
      Entity before = typeValues.putIfAbsent(e.typeValue(), e);
      if (before != null && table.entityTypeAttribute().isPresent()) {
        diagnostics.report(
            Code.TS213,
            e.location(),
            before.name(),
            e.name(),
            e.typeValue(),
            table.entityTypeAttribute().get());
      }
    }
    for (EmbeddedType t : model.types()) {
      storedNames(t.name(), t.fields());
      defaults(t.fields());
      for (Attribute f : t.fields()) {
        if (f.role() != Role.NONE) {
          diagnostics.report(
              Code.TS226,
              f.location(),
              f.role().modelName(),
              "applies to entity attributes, not to fields of embedded types");
        }
      }
    }
    new TypeCycles(model, diagnostics).check();
    timeToLive();
  }

  private void storedNames(String owner, List<Attribute> attributes) {
    Map<String, Attribute> seen = new HashMap<>();
    for (Attribute a : attributes) {
      Attribute before = seen.putIfAbsent(a.storedName(), a);
      if (before != null) {
        diagnostics.report(
            Code.TS210, a.location(), before.name(), a.name(), owner, a.storedName());
      }
    }
  }

  private void tableNames(Entity e) {
    for (Attribute a : e.attributes()) {
      String stored = a.storedName();
      if (table.entityTypeAttribute().filter(stored::equals).isPresent()) {
        diagnostics.report(
            Code.TS211,
            a.location(),
            a.name(),
            e.name(),
            stored,
            "the table's entity-type attribute");
      }
      for (KeyAttribute k : table.primary().keyAttributes()) {
        Template t = templateFor(e, table.primary(), k.name());
        boolean plain = t != null && t.isPlain() && t.placeholders().get(0).equals(a.name());
        if (k.name().equals(stored) && !plain) {
          diagnostics.report(
              Code.TS211,
              a.location(),
              a.name(),
              e.name(),
              stored,
              "a key attribute of the table, written from the key templates");
        }
      }
    }
  }

  private static Template templateFor(Entity e, Index index, String keyAttribute) {
    return e.key(index.name())
        .flatMap(
            k ->
                k.parts().stream()
                    .filter(p -> p.attribute().name().equals(keyAttribute))
                    .findFirst())
        .map(p -> p.template())
        .orElse(null);
  }

  private void constants(Entity e) {
    for (Constant c : e.constants()) {
      String why =
          e.storedAttribute(c.storedName())
              .map(a -> "is also stored by attribute " + a.name())
              .or(
                  () ->
                      table
                          .entityTypeAttribute()
                          .filter(c.storedName()::equals)
                          .map(t -> "is the table's entity-type attribute"))
              .or(
                  () ->
                      table.isTableKey(c.storedName())
                          ? Optional.of("is a key attribute of the table")
                          : Optional.empty())
              .orElse("");
      if (!why.isEmpty()) {
        diagnostics.report(Code.TS212, c.location(), c.storedName(), e.name(), why);
      }
    }
  }

  private void roles(Entity e) {
    Map<Role, Attribute> seen = new EnumMap<>(Role.class);
    for (Attribute a : e.attributes()) {
      if (a.role() == Role.NONE) {
        continue;
      }
      Attribute before = seen.putIfAbsent(a.role(), a);
      if (before != null) {
        diagnostics.report(
            Code.TS226,
            a.location(),
            a.role().modelName(),
            "is given to both '" + before.name() + "' and '" + a.name() + "'; an entity has one");
      }
      roleType(a)
          .ifPresent(
              why -> diagnostics.report(Code.TS226, a.location(), a.role().modelName(), why));
    }
  }

  private Optional<String> roleType(Attribute a) {
    TypeRef.Kind kind = a.type().kind();
    return switch (a.role()) {
      case VERSION ->
          kind != TypeRef.Kind.LONG || a.optional()
              ? Optional.of("needs a required long, not " + describe(a))
              : Optional.empty();
      case CREATED, UPDATED ->
          kind != TypeRef.Kind.INSTANT
              ? Optional.of("needs an instant, not " + describe(a))
              : Optional.empty();
      case TTL ->
          kind != TypeRef.Kind.INSTANT
              ? Optional.of("needs an instant (stored as epoch seconds), not " + describe(a))
              : table.timeToLive().filter(a.storedName()::equals).isEmpty()
                  ? Optional.of(
                      "needs the attribute to be the table's timeToLive attribute, but '"
                          + a.storedName()
                          + "' is "
                          + table
                              .timeToLive()
                              .map(t -> "not '" + t + "'")
                              .orElse("stored and the table has no timeToLive"))
                  : Optional.empty();
      case NONE -> Optional.empty();
    };
  }

  private static String describe(Attribute a) {
    return (a.optional() ? "an optional " : "") + a.type().describe();
  }

  private void defaults(List<Attribute> attributes) {
    for (Attribute a : attributes) {
      if (a.defaultValue().isEmpty()) {
        continue;
      }
      if (a.role() == Role.VERSION || a.role() == Role.CREATED || a.role() == Role.UPDATED) {
        diagnostics.report(
            Code.TS227,
            a.location(),
            "attribute '"
                + a.name()
                + "' has role "
                + a.role().modelName()
                + ", which sets its value; a default does not apply");
        continue;
      }
      Literals.problem(a, a.defaultValue().get())
          .ifPresent(
              why ->
                  diagnostics.report(
                      Code.TS228,
                      a.defaultValue().get().location(),
                      "default",
                      a.defaultValue().get().text(),
                      a.type().describe(),
                      why));
    }
  }

  /** An attribute stored under an index key attribute must be of the key attribute's type. */
  private void keyTypes(Entity e) {
    for (Index index : table.allIndexes()) {
      for (KeyAttribute k : index.keyAttributes()) {
        e.storedAttribute(k.name())
            .ifPresent(
                a -> {
                  if (!a.dynamoType().equals(k.type().dynamoType())) {
                    diagnostics.report(
                        Code.TS309,
                        a.location(),
                        k.name(),
                        "declared "
                            + k.type().name().toLowerCase(java.util.Locale.ROOT)
                            + " ("
                            + k.type().dynamoType()
                            + ") on "
                            + index.describe(),
                        ", but attribute '"
                            + a.name()
                            + "' of "
                            + e.name()
                            + " is stored there as "
                            + a.dynamoType()
                            + "; DynamoDB would refuse the write");
                  }
                });
      }
    }
  }

  private void timeToLive() {
    if (table.timeToLive().isEmpty()) {
      return;
    }
    String ttl = table.timeToLive().get();
    for (Index index : table.allIndexes()) {
      if (index.keyAttributes().stream().anyMatch(k -> k.name().equals(ttl))) {
        diagnostics.report(
            Code.TS410, table.location(), ttl, "is a key attribute of " + index.describe());
        return;
      }
    }
    for (Entity e : model.entities()) {
      e.storedAttribute(ttl)
          .filter(a -> a.role() != Role.TTL)
          .ifPresent(
              a ->
                  diagnostics.report(
                      Code.TS410,
                      a.location(),
                      ttl,
                      "is stored by attribute '"
                          + a.name()
                          + "' of "
                          + e.name()
                          + ", which needs role: ttl so it is written as epoch seconds"));
    }
  }
}
