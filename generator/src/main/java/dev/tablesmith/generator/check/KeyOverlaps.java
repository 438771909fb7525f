package dev.tablesmith.generator.check;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where keys of different entities meet, decided exactly on the languages of their templates
 * ({@link KeyLanguage}): two entities whose primary keys can render the same key (TS312, an
 * error), and, without an entity-type attribute to tell items apart, a sort-key condition of one
 * entity that can match items of another in the same partition (TS313).
 */
public final class KeyOverlaps {
  private final ResolvedModel model;
  private final KeyLanguage languages;
  private final Map<Object, Nfa> cache = new HashMap<>();

  public KeyOverlaps(ResolvedModel model) {
    this.model = model;
    this.languages = new KeyLanguage(model.table().delimiter());
  }

  void check(Diagnostics diagnostics) {
    boolean typed = model.table().entityTypeAttribute().isPresent();
    for (Index index : model.table().allIndexes()) {
      List<Entity> members = model.members(index);
      for (int i = 0; i < members.size(); i++) {
        for (int j = 0; j < members.size(); j++) {
          if (i == j) {
            continue;
          }
          Entity a = members.get(i);
          Entity b = members.get(j);
          EntityKey ka = a.key(index.name()).orElseThrow();
          EntityKey kb = b.key(index.name()).orElseThrow();
          if (!partitionsMeet(a, ka, b, kb)) {
            continue;
          }
          if (index.isPrimary() && sortsMeet(a, ka, b, kb)) {
            if (i < j) {
              diagnostics.report(Code.TS312, kb.location(), a.name(), b.name(), describe(ka, kb));
            }
            continue;
          }
          if (!typed && index.hasSortKey() && index.sortKey().size() == 1) {
            overlap(diagnostics, index, a, ka, b, kb);
          }
        }
      }
    }
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
   * Whether a key condition on {@code a}'s sort template, with its first {@code bound}
   * placeholders known, can match a sort key of {@code b}: equality once every placeholder is
   * bound, else {@code begins_with} of the text up to the next placeholder.
   */
  public boolean conditionMatches(Entity a, Template ta, int bound, Entity b, Template tb) {
    if (!literalsCompatible(ta, tb)) {
      return false;
    }
    if (bound >= ta.placeholders().size()) {
      return meets(a, ta, b, tb);
    }
    Nfa prefix = cache.computeIfAbsent(List.of("prefix", a.name(), ta, bound),
        k -> languages.prefix(ta, a, bound).prefixes());
    return prefix.meets(language(b, tb));
  }

  /** Whether some sort key of {@code b} begins with the literal text {@code prefix}. */
  public boolean prefixMatches(String prefix, Entity b, Template tb) {
    Template constant = Template.constant(prefix, tb.location());
    if (!literalsCompatible(constant, tb)) {
      return false;
    }
    Nfa language = cache.computeIfAbsent(List.of("literal", prefix),
        k -> languages.of(constant, b).prefixes());
    return language.meets(language(b, tb));
  }

  private void overlap(Diagnostics diagnostics, Index index, Entity a, EntityKey ka, Entity b, EntityKey kb) {
    Template ta = ka.sort().get(0).template();
    Template tb = kb.sort().get(0).template();
    for (int bound = 0; bound <= ta.placeholders().size(); bound++) {
      if (conditionMatches(a, ta, bound, b, tb)) {
        String attribute = index.sortKey().get(0).name();
        String prefix = prefixText(ta, bound);
        String condition = bound >= ta.placeholders().size()
            ? attribute + " = \"" + ta.source() + "\""
            : prefix.isEmpty() ? "no condition on " + attribute
            : "begins_with(" + attribute + ", \"" + prefix + "\")";
        diagnostics.reportWithHint(Code.TS313, ta.location(),
            "make the literal prefixes differ, or keep an entityTypeAttribute so items can be told apart",
            index.describe(), "a query for " + a.name() + " with " + condition
                + " can return " + b.name() + " items (sort '" + tb.source() + "')");
        return;
      }
    }
  }

  private boolean meets(Entity a, Template ta, Entity b, Template tb) {
    return literalsCompatible(ta, tb) && language(a, ta).meets(language(b, tb));
  }

  /** A fast test first: two leading literals that disagree mean the keys can never meet. */
  private static boolean literalsCompatible(Template ta, Template tb) {
    String la = ta.leadingLiteral();
    String lb = tb.leadingLiteral();
    return la.startsWith(lb) || lb.startsWith(la);
  }

  private Nfa language(Entity e, Template t) {
    return cache.computeIfAbsent(List.of("full", e.name(), t), k -> languages.of(t, e));
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
      out.append(i == 0 ? "" : ", ").append(pa.get(i).attribute().name()).append(" '")
          .append(pa.get(i).template().source()).append("' meets '")
          .append(pb.get(i).template().source()).append("'");
    }
    return out.toString();
  }
}
