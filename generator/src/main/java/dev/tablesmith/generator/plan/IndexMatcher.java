package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute.KeyType;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.Template;
import dev.tablesmith.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether one index serves a query pattern, and with which key condition: the pattern's
 * bound attributes must fill every partition placeholder, then a leading run of the sort key's, and
 * a range must fall on the sort placeholder right after them.
 */
final class IndexMatcher {

  /** Why an index cannot serve a pattern. */
  enum FailureKind {
    NOT_MEMBER,
    UNBOUND,
    UNUSED,
    RANGE,
    COLLECTION_PARTITION,
    COLLECTION_SORT
  }

  /** The outcome of matching. */
  sealed interface Outcome permits Match, Failure {}

  /** The index serves the pattern with this condition. */
  record Match(KeyCondition condition) implements Outcome {}

  /** The index cannot serve the pattern, for this reason. */
  record Failure(FailureKind kind, String reason) implements Outcome {}

  Outcome match(AccessPattern p, List<Entity> targets, Index index) {
    Set<String> bound = new LinkedHashSet<>();
    p.by().forEach(r -> bound.add(r.name()));
    p.fixed().forEach(b -> bound.add(b.attribute().name()));
    List<EntityKey> keys = new ArrayList<>();
    for (Entity t : targets) {
      Optional<EntityKey> key = t.key(index.name());
      if (key.isEmpty()) {
        return new Failure(FailureKind.NOT_MEMBER, t.name() + " is not in " + index.describe());
      }
      keys.add(key.get());
    }
    int leading = -1;
    for (int i = 0; i < targets.size(); i++) {
      Optional<Failure> failure = bindings(p, bound, targets.get(i), keys.get(i));
      if (failure.isPresent()) {
        return failure.get();
      }
      int run = leadingRun(keys.get(i), bound);
      leading = i == 0 ? run : leading;
    }
    if (targets.size() > 1) {
      boolean sortBound =
          p.range().isPresent()
              || bound.stream()
                  .anyMatch(
                      name ->
                          keys.stream()
                              .anyMatch(
                                  k ->
                                      k.partition().stream()
                                          .noneMatch(
                                              part ->
                                                  part.template().placeholders().contains(name))));
      leading = sortBound ? leading : 0;
      Optional<Failure> failure = collection(p, targets, keys, leading, sortBound);
      if (failure.isPresent()) {
        return failure.get();
      }
    }
    return new Match(condition(p, targets, keys, leading));
  }

  private Optional<Failure> bindings(AccessPattern p, Set<String> bound, Entity t, EntityKey key) {
    for (KeyPart part : key.partition()) {
      for (String name : part.template().placeholders()) {
        if (!bound.contains(name)) {
          return Optional.of(
              new Failure(
                  FailureKind.UNBOUND,
                  part.attribute().name()
                      + " template '"
                      + part.template().source()
                      + "' of "
                      + t.name()
                      + " needs <"
                      + name
                      + ">, which the pattern does not bind"));
        }
      }
    }
    List<String> sort = sortPlaceholders(key);
    int leading = leadingRun(key, bound);
    List<String> partition =
        key.partition().stream().flatMap(k -> k.template().placeholders().stream()).toList();
    for (String name : bound) {
      int at = sort.indexOf(name);
      if (partition.contains(name) || (at >= 0 && at < leading)) {
        continue;
      }
      if (at >= 0) {
        return Optional.of(
            new Failure(
                FailureKind.UNBOUND,
                "the sort key of "
                    + t.name()
                    + " on "
                    + key.index().describe()
                    + " holds <"
                    + name
                    + "> only after <"
                    + sort.get(leading)
                    + ">, which the pattern does not bind"));
      }
      return Optional.of(
          new Failure(
              FailureKind.UNUSED,
              "'" + name + "' is in no key of " + key.index().describe() + " for " + t.name()));
    }
    if (p.range().isPresent()) {
      String range = p.range().get().name();
      if (leading < sort.size() && sort.get(leading).equals(range)) {
        return Optional.empty();
      }
      return Optional.of(
          new Failure(
              FailureKind.RANGE,
              sort.contains(range)
                  ? "range '"
                      + range
                      + "' is not the sort attribute right after the bound ones on "
                      + key.index().describe()
                      + " for "
                      + t.name()
                      + ": <"
                      + sort.get(Math.min(leading, sort.size() - 1))
                      + "> comes first"
                  : "'"
                      + range
                      + "' is in no sort key of "
                      + key.index().describe()
                      + " for "
                      + t.name()));
    }
    return Optional.empty();
  }

  private Optional<Failure> collection(
      AccessPattern p, List<Entity> targets, List<EntityKey> keys, int leading, boolean needsSort) {
    Entity first = targets.get(0);
    for (int i = 1; i < targets.size(); i++) {
      Entity t = targets.get(i);
      for (int k = 0; k < keys.get(0).partition().size(); k++) {
        Template a = keys.get(0).partition().get(k).template();
        Template b = keys.get(i).partition().get(k).template();
        if (!sameRendering(first, a, t, b)) {
          return Optional.of(
              new Failure(
                  FailureKind.COLLECTION_PARTITION,
                  first.name()
                      + " renders "
                      + keys.get(0).partition().get(k).attribute().name()
                      + " as '"
                      + a.source()
                      + "' but "
                      + t.name()
                      + " as '"
                      + b.source()
                      + "'"));
        }
      }
      if (needsSort
          && !samePrefix(first, keys.get(0), t, keys.get(i), leading, p.range().isPresent())) {
        return Optional.of(
            new Failure(
                FailureKind.COLLECTION_SORT,
                "the sort templates of "
                    + first.name()
                    + " and "
                    + t.name()
                    + " differ before "
                    + (p.range().isPresent()
                        ? "the range attribute '" + p.range().get().name() + "'"
                        : "the bound attributes end")));
      }
    }
    return Optional.empty();
  }

  private static boolean samePrefix(
      Entity a, EntityKey ka, Entity b, EntityKey kb, int leading, boolean range) {
    if (ka.sort().size() != 1) {
      return true;
    }
    Template ta = ka.sort().get(0).template();
    Template tb = kb.sort().get(0).template();
    List<Template.Part> pa = partsBefore(ta, leading + 1, range);
    List<Template.Part> pb = partsBefore(tb, leading + 1, range);
    return pa.equals(pb) && sameTypes(a, pa, b);
  }

  /**
   * The parts before placeholder number {@code count} (that placeholder too when it is a range).
   */
  private static List<Template.Part> partsBefore(Template t, int count, boolean includeLast) {
    List<Template.Part> out = new ArrayList<>();
    int seen = 0;
    for (Template.Part part : t.parts()) {
      if (part instanceof Template.Placeholder) {
        seen++;
        if (seen > count || (seen == count && !includeLast)) {
          break;
        }
      }
      out.add(part);
      if (seen == count && includeLast) {
        break;
      }
    }
    return out;
  }

  static boolean sameRendering(Entity a, Template ta, Entity b, Template tb) {
    return ta.sameShape(tb) && sameTypes(a, ta.parts(), b);
  }

  private static boolean sameTypes(Entity a, List<Template.Part> parts, Entity b) {
    for (Template.Part part : parts) {
      if (part instanceof Template.Placeholder ph) {
        Attribute x = a.attribute(ph.attribute()).orElseThrow();
        Attribute y = b.attribute(ph.attribute()).orElseThrow();
        if (!x.type().equals(y.type()) || x.pad() != y.pad() || x.format() != y.format()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The sort placeholders in order: a string template's, or a multi-attribute key's plain parts.
   */
  static List<String> sortPlaceholders(EntityKey key) {
    List<String> names = new ArrayList<>();
    key.sort().forEach(part -> names.addAll(part.template().placeholders()));
    return names;
  }

  private static int leadingRun(EntityKey key, Set<String> bound) {
    List<String> sort = sortPlaceholders(key);
    int run = 0;
    while (run < sort.size() && bound.contains(sort.get(run))) {
      run++;
    }
    return run;
  }

  private KeyCondition condition(
      AccessPattern p, List<Entity> targets, List<EntityKey> keys, int leading) {
    EntityKey key = keys.get(0);
    Entity first = targets.get(0);
    Optional<Attribute> range = p.range().flatMap(r -> first.attribute(r.name()));
    if (key.sort().isEmpty()) {
      return new KeyCondition(key.partition(), List.of(), Optional.empty(), Optional.empty());
    }
    if (key.sort().size() > 1) {
      return multiAttribute(key, leading, range);
    }
    KeyPart sort = key.sort().get(0);
    Template t = sort.template();
    if (targets.size() > 1 && leading == 0 && range.isEmpty()) {
      String common = commonLiteralPrefix(keys);
      return new KeyCondition(
          key.partition(),
          List.of(),
          common.isEmpty()
              ? Optional.empty()
              : Optional.of(new KeyPart(sort.attribute(), Template.constant(common, t.location()))),
          Optional.empty());
    }
    if (leading == t.placeholders().size() && range.isEmpty()) {
      return new KeyCondition(key.partition(), List.of(sort), Optional.empty(), Optional.empty());
    }
    List<Template.Part> prefixParts = partsBefore(t, leading + 1, false);
    Template prefix = new Template(render(prefixParts), prefixParts, t.location());
    Optional<KeyPart> beginsWith =
        prefixParts.isEmpty()
            ? Optional.empty()
            : Optional.of(new KeyPart(sort.attribute(), prefix));
    Optional<RangeSpec> spec =
        range.map(
            r ->
                new RangeSpec(
                    sort.attribute(),
                    r,
                    prefix,
                    following(t, leading),
                    sort.attribute().type() == KeyType.STRING && rendersAsText(r)));
    return new KeyCondition(key.partition(), List.of(), beginsWith, spec);
  }

  private static KeyCondition multiAttribute(
      EntityKey key, int leading, Optional<Attribute> range) {
    List<KeyPart> equalities = new ArrayList<>();
    int placeholders = 0;
    Optional<RangeSpec> spec = Optional.empty();
    for (KeyPart part : key.sort()) {
      if (part.template().isConstant() || placeholders < leading) {
        placeholders += part.template().placeholders().size();
        equalities.add(part);
        continue;
      }
      if (range.isPresent()) {
        Template empty = new Template("", List.of(), part.template().location());
        spec =
            Optional.of(
                new RangeSpec(
                    part.attribute(),
                    range.get(),
                    empty,
                    "",
                    part.attribute().type() == KeyType.STRING && rendersAsText(range.get())));
      }
      break;
    }
    return new KeyCondition(key.partition(), equalities, Optional.empty(), spec);
  }

  private static boolean rendersAsText(Attribute a) {
    TypeRef.Kind kind = a.type().kind();
    return !kind.isNumeric() && !(kind == TypeRef.Kind.INSTANT && a.format().isEpoch());
  }

  private static String following(Template t, int leading) {
    int seen = 0;
    List<Template.Part> parts = t.parts();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof Template.Placeholder && seen++ == leading) {
        return i + 1 < parts.size() && parts.get(i + 1) instanceof Template.Literal l
            ? l.text()
            : "";
      }
    }
    return "";
  }

  private static String commonLiteralPrefix(List<EntityKey> keys) {
    String common = keys.get(0).sort().get(0).template().leadingLiteral();
    for (EntityKey k : keys) {
      String lit = k.sort().get(0).template().leadingLiteral();
      int n = 0;
      while (n < common.length() && n < lit.length() && common.charAt(n) == lit.charAt(n)) {
        n++;
      }
      common = common.substring(0, n);
    }
    return common;
  }

  private static String render(List<Template.Part> parts) {
    StringBuilder out = new StringBuilder();
    for (Template.Part part : parts) {
      out.append(
          part instanceof Template.Literal l
              ? l.text()
              : "<" + ((Template.Placeholder) part).attribute() + ">");
    }
    return out.toString();
  }
}
