package dev.tablesmith.generator.check;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where keys of different entities meet, decided exactly on the languages of their templates
 * ({@link KeyLanguage}): two entities whose primary keys can render the same key (TS312, an error),
 * and, without an entity-type attribute to tell items apart, a sort-key condition of one entity
 * that can match items of another in the same partition (TS313). Candidates are found by leading
 * literal text first ({@link LiteralIndex}), and languages and their meetings are memoized by what
 * they render, so large models stay near linear.
 */
public final class KeyOverlaps {
  private final ResolvedModel model;
  private final KeyLanguage languages;
  private final Map<Object, Nfa> automata = new HashMap<>();
  private final Map<List<Object>, Boolean> meetings = new HashMap<>();
  private final Map<String, LiteralIndex<LiteralIndex<Entity>>> byPartition = new HashMap<>();

  public KeyOverlaps(ResolvedModel model) {
    this.model = model;
    this.languages = new KeyLanguage(model.table().delimiter());
  }

  void check(Diagnostics diagnostics) {
    boolean typed = model.table().entityTypeAttribute().isPresent();
    for (Index index : model.table().allIndexes()) {
      boolean overlaps = !typed && index.hasSortKey() && index.sortKey().size() == 1;
      if (!index.isPrimary() && !overlaps) {
        continue;
      }
      for (Entity a : model.entities()) {
        Optional<EntityKey> key = a.key(index.name());
        if (key.isPresent()) {
          pairs(diagnostics, index, a, key.get(), overlaps);
        }
      }
    }
  }

  private void pairs(
      Diagnostics diagnostics, Index index, Entity a, EntityKey ka, boolean overlaps) {
    for (Entity b : candidates(index, a, sortLiteral(ka))) {
      EntityKey kb = b.key(index.name()).orElseThrow();
      if (!partitionsMeet(a, ka, b, kb)) {
        continue;
      }
      if (index.isPrimary() && sortsMeet(a, ka, b, kb)) {
        if (order(a) < order(b)) {
          diagnostics.report(Code.TS312, kb.location(), a.name(), b.name(), describe(ka, kb));
        }
        continue;
      }
      if (overlaps) {
        overlap(diagnostics, index, a, ka, b, kb);
      }
    }
  }

  private int order(Entity e) {
    return model.entities().indexOf(e);
  }

  /**
   * Other members of {@code index} whose keys could meet {@code a}'s: their partition's leading
   * literal is compatible with {@code a}'s, and their sort key's with {@code sortLiteral}.
   */
  public List<Entity> candidates(Index index, Entity a, String sortLiteral) {
    LiteralIndex<LiteralIndex<Entity>> partitions =
        byPartition.computeIfAbsent(index.name(), this::file);
    List<Entity> out = new ArrayList<>();
    for (LiteralIndex<Entity> sorts :
        partitions.compatible(partitionLiteral(a.key(index.name()).orElseThrow()))) {
      for (Entity b : sorts.compatible(sortLiteral)) {
        if (b != a) {
          out.add(b);
        }
      }
    }
    return out;
  }

  /** The members of an index filed by partition literal, then by sort literal. */
  private LiteralIndex<LiteralIndex<Entity>> file(String index) {
    Map<String, LiteralIndex<Entity>> byLiteral = new HashMap<>();
    LiteralIndex<LiteralIndex<Entity>> partitions = new LiteralIndex<>();
    for (Entity e : model.entities()) {
      e.key(index)
          .ifPresent(
              k ->
                  byLiteral
                      .computeIfAbsent(
                          partitionLiteral(k),
                          literal -> {
                            LiteralIndex<Entity> sorts = new LiteralIndex<>();
                            partitions.add(literal, sorts);
                            return sorts;
                          })
                      .add(sortLiteral(k), e));
    }
    return partitions;
  }

  private static String partitionLiteral(EntityKey k) {
    return k.partition().size() == 1 ? k.partitionTemplate().leadingLiteral() : "";
  }

  /** The leading literal of a single sort template; empty (compatible with all) otherwise. */
  public static String sortLiteral(EntityKey k) {
    return k.sort().size() == 1 ? k.sort().get(0).template().leadingLiteral() : "";
  }

  /** Whether some item of {@code a} and some item of {@code b} can share a partition. */
  public boolean partitionsMeet(Entity a, EntityKey ka, Entity b, EntityKey kb) {
    for (int p = 0; p < ka.partition().size(); p++) {
      if (!meets(a, ka.partition().get(p).template(), b, kb.partition().get(p).template())) {
        return false;
      }
    }
    return true;
  }

  private boolean sortsMeet(Entity a, EntityKey ka, Entity b, EntityKey kb) {
    for (int s = 0; s < ka.sort().size(); s++) {
      if (!meets(a, ka.sort().get(s).template(), b, kb.sort().get(s).template())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a key condition on {@code a}'s sort template, with its first {@code bound} placeholders
   * known, can match a sort key of {@code b}: equality once every placeholder is bound, else {@code
   * begins_with} of the text up to the next placeholder.
   */
  public boolean conditionMatches(Entity a, Template ta, int bound, Entity b, Template tb) {
    if (!compatible(ta.leadingLiteral(), tb.leadingLiteral())) {
      return false;
    }
    if (bound >= ta.placeholders().size()) {
      return meets(a, ta, b, tb);
    }
    Object prefix = List.of("prefix", shape(a, ta), bound);
    Object other = shape(b, tb);
    return meetings.computeIfAbsent(
        List.of(prefix, other),
        k ->
            automata
                .computeIfAbsent(prefix, p -> languages.prefix(ta, a, bound).prefixes())
                .meets(language(b, tb)));
  }

  /** Whether some sort key of {@code b} begins with the literal text {@code prefix}. */
  public boolean prefixMatches(String prefix, Entity b, Template tb) {
    if (!compatible(prefix, tb.leadingLiteral())) {
      return false;
    }
    Object literal = List.of("literal", prefix);
    Object other = shape(b, tb);
    return meetings.computeIfAbsent(
        List.of(literal, other),
        k ->
            automata
                .computeIfAbsent(
                    literal,
                    p -> languages.of(Template.constant(prefix, tb.location()), b).prefixes())
                .meets(language(b, tb)));
  }

  private void overlap(
      Diagnostics diagnostics, Index index, Entity a, EntityKey ka, Entity b, EntityKey kb) {
    Template ta = ka.sort().get(0).template();
    Template tb = kb.sort().get(0).template();
    for (int bound = 0; bound <= ta.placeholders().size(); bound++) {
      if (conditionMatches(a, ta, bound, b, tb)) {
        String attribute = index.sortKey().get(0).name();
        String prefix = prefixText(ta, bound);
        String condition =
            bound >= ta.placeholders().size()
                ? attribute + " = \"" + ta.source() + "\""
                : prefix.isEmpty()
                    ? "no condition on " + attribute
                    : "begins_with(" + attribute + ", \"" + prefix + "\")";
        diagnostics.reportWithHint(
            Code.TS313,
            ta.location(),
            "make the literal prefixes differ, or keep an entityTypeAttribute so items can be told"
                + " apart",
            index.describe(),
            "a query for "
                + a.name()
                + " with "
                + condition
                + " can return "
                + b.name()
                + " items (sort '"
                + tb.source()
                + "')");
        return;
      }
    }
  }

  private boolean meets(Entity a, Template ta, Entity b, Template tb) {
    if (!compatible(ta.leadingLiteral(), tb.leadingLiteral())) {
      return false;
    }
    Object x = shape(a, ta);
    Object y = shape(b, tb);
    return meetings.computeIfAbsent(List.of(x, y), k -> language(a, ta).meets(language(b, tb)));
  }

  private static boolean compatible(String la, String lb) {
    return la.startsWith(lb) || lb.startsWith(la);
  }

  private Nfa language(Entity e, Template t) {
    return automata.computeIfAbsent(shape(e, t), k -> languages.of(t, e));
  }

  /**
   * What decides a template's language: its parts and how each placeholder renders (type, padding,
   * format, enum values). Equal shapes of different entities share one automaton.
   */
  private static Object shape(Entity e, Template t) {
    List<Object> shape = new ArrayList<>(t.parts());
    for (String name : t.placeholders()) {
      Optional<Attribute> a = e.attribute(name);
      shape.add(a.map(x -> List.of(x.type(), x.pad(), x.format())).orElse(List.of()));
    }
    return shape;
  }

  /** The text a begins_with uses after {@code bound} placeholders, placeholders kept as written. */
  static String prefixText(Template t, int bound) {
    StringBuilder out = new StringBuilder();
    int seen = 0;
    for (Template.Part part : t.parts()) {
      if (part instanceof Template.Placeholder p) {
        if (seen++ == bound) {
          break;
        }
        out.append('<').append(p.attribute()).append('>');
      } else {
        out.append(((Template.Literal) part).text());
      }
    }
    return out.toString();
  }

  private static String describe(EntityKey ka, EntityKey kb) {
    StringBuilder out = new StringBuilder();
    List<KeyPart> pa = ka.parts();
    List<KeyPart> pb = kb.parts();
    for (int i = 0; i < pa.size(); i++) {
      out.append(i == 0 ? "" : ", ")
          .append(pa.get(i).attribute().name())
          .append(" '")
          .append(pa.get(i).template().source())
          .append("' meets '")
          .append(pb.get(i).template().source())
          .append("'");
    }
    return out.toString();
  }
}
