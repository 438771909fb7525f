package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.check.Checker;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.KeyAttribute.KeyType;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.TypeRef.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes the model change that would serve a rejected pattern: adding the missing entities to an
 * index the others are in, or a new global index with templates built from the pattern's bindings.
 * A proposal is offered only after it is applied to the model and the result checks clean and
 * serves the pattern.
 */
final class Proposals {
  private static final Set<Kind> PARTITION_KINDS =
      Set.of(Kind.STRING, Kind.ENUM, Kind.DATE, Kind.INSTANT, Kind.INT, Kind.LONG, Kind.BOOLEAN);

  private final ResolvedModel model;
  private final String delimiter;
  private String refusal = "";

  Proposals(ResolvedModel model) {
    this.model = model;
    this.delimiter = model.table().delimiter();
  }

  Optional<Proposal> propose(AccessPattern p, List<Entity> targets) {
    List<Proposal> candidates = new ArrayList<>(joinExisting(p, targets));
    newIndex(p, targets).ifPresent(candidates::add);
    for (Proposal candidate : candidates) {
      Proposal pinned = repinned(p, candidate);
      if (serves(pinned, p, targets)) {
        return Optional.of(pinned);
      }
    }
    return Optional.empty();
  }

  /** The candidate, changing the pattern's pin when it pins another index; the pinned one first. */
  private static Proposal repinned(AccessPattern p, Proposal candidate) {
    String index =
        candidate
            .newIndex()
            .map(Proposal.NewIndex::name)
            .orElse(candidate.templates().get(0).index());
    boolean other = p.index().filter(r -> !r.name().equals(index)).isPresent();
    return new Proposal(
        candidate.newIndex(),
        candidate.templates(),
        other ? Optional.of(new Proposal.Repin(p.name(), index)) : Optional.empty());
  }

  /** Adding the targets missing from a global index whose other targets already share a key. */
  private List<Proposal> joinExisting(AccessPattern p, List<Entity> targets) {
    List<Proposal> out = new ArrayList<>();
    List<Index> indexes = new ArrayList<>(model.table().indexes());
    p.index()
        .flatMap(r -> model.table().index(r.name()))
        .ifPresent(
            pinned -> {
              indexes.remove(pinned);
              indexes.add(0, pinned);
            });
    for (Index index : indexes) {
      if (!index.isGlobal() || index.partitionKey().size() != 1 || index.sortKey().size() != 1) {
        continue;
      }
      List<Entity> members = targets.stream().filter(t -> t.key(index.name()).isPresent()).toList();
      if (members.isEmpty() || members.size() == targets.size()) {
        continue;
      }
      EntityKey ref = members.get(0).key(index.name()).orElseThrow();
      List<String> sortNames = ref.sort().get(0).template().placeholders();
      boolean sortBound =
          p.range().filter(r -> sortNames.contains(r.name())).isPresent()
              || p.by().stream().anyMatch(r -> sortNames.contains(r.name()))
              || p.fixed().stream().anyMatch(b -> sortNames.contains(b.attribute().name()));
      List<Proposal.EntityTemplates> templates = new ArrayList<>();
      for (Entity t : targets) {
        if (t.key(index.name()).isEmpty()) {
          String sort =
              sortBound ? ref.sort().get(0).template().source() : GeneratedNames.constant(t.name());
          templates.add(
              new Proposal.EntityTemplates(
                  t.name(),
                  index.name(),
                  Optional.of(ref.partitionTemplate().source()),
                  Optional.of(sort)));
        }
      }
      out.add(new Proposal(Optional.empty(), templates, Optional.empty()));
    }
    return out;
  }

  private Optional<Proposal> newIndex(AccessPattern p, List<Entity> targets) {
    if (model.table().indexes().stream().filter(Index::isGlobal).count() >= 20) {
      return Optional.empty();
    }
    String name = freeName();
    List<String> bound = bound(p);
    boolean templated =
        bound.stream()
            .allMatch(
                b ->
                    targets.stream()
                        .allMatch(t -> partitionRenderable(t.attribute(b).orElseThrow())));
    List<KeyAttribute> pk =
        templated
            ? List.of(new KeyAttribute(name + "PK", KeyType.STRING, p.location()))
            : plainKeys(bound, targets, p);
    Optional<Attribute> range =
        p.range().map(r -> targets.get(0).attribute(r.name()).orElseThrow());
    boolean numeric = range.map(Proposals::numericOnly).orElse(false);
    if (pk.isEmpty() || (range.isPresent() && !numeric && !textual(range.get()))) {
      return Optional.empty();
    }
    Optional<String> partition =
        templated ? Optional.of(partition(bound, targets)) : Optional.empty();
    KeyAttribute sk =
        numeric
            ? new KeyAttribute(range.get().storedName(), KeyType.NUMBER, p.location())
            : new KeyAttribute(name + "SK", KeyType.STRING, p.location());
    List<Proposal.EntityTemplates> templates = new ArrayList<>();
    for (Entity t : targets) {
      Optional<String> sort =
          numeric ? Optional.empty() : Optional.of(sort(t, bound, range, targets.size() > 1));
      templates.add(new Proposal.EntityTemplates(t.name(), name, partition, sort));
    }
    return Optional.of(
        new Proposal(
            Optional.of(new Proposal.NewIndex(name, pk, sk)), templates, Optional.empty()));
  }

  private static List<String> bound(AccessPattern p) {
    List<String> bound = new ArrayList<>();
    p.by().forEach(r -> bound.add(r.name()));
    p.fixed().forEach(b -> bound.add(b.attribute().name()));
    return bound;
  }

  private static boolean partitionRenderable(Attribute a) {
    return PARTITION_KINDS.contains(a.type().kind()) && !a.format().isEpoch();
  }

  /**
   * A native multi-attribute partition key (up to four parts), for bindings a template cannot
   * render, such as numbers with fractions: each part is the attribute itself, stored under the
   * same name and type by every target. Empty when that cannot be.
   */
  private static List<KeyAttribute> plainKeys(
      List<String> bound, List<Entity> targets, AccessPattern p) {
    if (bound.isEmpty() || bound.size() > 4) {
      return List.of();
    }
    List<KeyAttribute> keys = new ArrayList<>();
    for (String b : bound) {
      Attribute first = targets.get(0).attribute(b).orElseThrow();
      KeyType type =
          switch (first.dynamoType()) {
            case "S" -> KeyType.STRING;
            case "N" -> KeyType.NUMBER;
            case "B" -> KeyType.BINARY;
            default -> null;
          };
      boolean shared =
          targets.stream()
              .map(t -> t.attribute(b).orElseThrow())
              .allMatch(
                  a ->
                      a.storedName().equals(first.storedName())
                          && a.dynamoType().equals(first.dynamoType()));
      if (type == null || !shared) {
        return List.of();
      }
      keys.add(new KeyAttribute(first.storedName(), type, p.location()));
    }
    return keys;
  }

  private static String rendering(Attribute a) {
    String padded = a.pad() > 0 ? " padded to " + a.pad() : "";
    String format = a.type().kind() == Kind.INSTANT ? " (" + a.format().modelName() + ")" : "";
    return "a " + a.type().describe() + padded + format;
  }

  /** Why no index can serve the pattern, when the reason is in the attributes themselves. */
  String obstacle(AccessPattern p, List<Entity> targets) {
    if (model.table().indexes().stream().filter(Index::isGlobal).count() >= 20) {
      return "the table already has 20 global indexes; overload one of them";
    }
    List<String> names = new ArrayList<>(bound(p));
    p.range().ifPresent(r -> names.add(r.name()));
    for (String n : names) {
      Attribute first = targets.get(0).attribute(n).orElseThrow();
      for (Entity t : targets) {
        Attribute a = t.attribute(n).orElseThrow();
        if (!Set.of("S", "N", "B").contains(a.dynamoType())) {
          return "'"
              + n
              + "' of "
              + t.name()
              + " is a "
              + a.type().describe()
              + " (stored as "
              + a.dynamoType()
              + "), which no key can hold";
        }
        if (!a.type().equals(first.type())
            || a.pad() != first.pad()
            || a.format() != first.format()) {
          return "'"
              + n
              + "' is "
              + rendering(first)
              + " in "
              + targets.get(0).name()
              + " but "
              + rendering(a)
              + " in "
              + t.name()
              + ", so no one key holds both";
        }
      }
    }
    return refusal.isEmpty()
        ? "no single index change serves it; split the pattern or change its bindings"
        : "the index that would serve it breaks another rule: " + refusal;
  }

  private String partition(List<String> bound, List<Entity> targets) {
    if (bound.isEmpty()) {
      return targets.size() > 1 ? "ALL" : GeneratedNames.constant(targets.get(0).name());
    }
    StringBuilder out = new StringBuilder();
    for (String b : bound) {
      out.append(out.length() == 0 ? "" : delimiter)
          .append(GeneratedNames.constant(b))
          .append(delimiter)
          .append('<')
          .append(b)
          .append('>');
    }
    return out.toString();
  }

  private String sort(Entity t, List<String> bound, Optional<Attribute> range, boolean collection) {
    StringBuilder out = new StringBuilder();
    String tag = GeneratedNames.constant(t.name());
    if (range.isPresent() && collection) {
      out.append('<').append(range.get().name()).append('>').append(delimiter).append(tag);
    } else {
      out.append(tag);
      range.ifPresent(r -> out.append(delimiter).append('<').append(r.name()).append('>'));
    }
    for (String name : t.primaryKey().attributes()) {
      Attribute a = t.attribute(name).orElseThrow();
      boolean used = bound.contains(name) || range.filter(r -> r.name().equals(name)).isPresent();
      if (!used && textual(a)) {
        out.append(delimiter).append('<').append(name).append('>');
      }
    }
    return out.toString();
  }

  /** Renders as fixed-width or free text, so text order is the value's order. */
  private static boolean textual(Attribute a) {
    Kind kind = a.type().kind();
    return switch (kind) {
      case STRING, ENUM, DATE, BOOLEAN -> true;
      case INSTANT -> !a.format().isEpoch();
      case INT, LONG -> a.pad() > 0;
      default -> false;
    };
  }

  private static boolean numericOnly(Attribute a) {
    Kind kind = a.type().kind();
    return ((kind == Kind.INT || kind == Kind.LONG) && a.pad() == 0)
        || kind == Kind.DECIMAL
        || kind == Kind.DOUBLE
        || (kind == Kind.INSTANT && a.format().isEpoch());
  }

  private String freeName() {
    for (int n = 1; ; n++) {
      String name = "GSI" + n;
      if (model.table().index(name).isEmpty() && !used(name + "PK") && !used(name + "SK")) {
        return name;
      }
    }
  }

  private boolean used(String attribute) {
    boolean key =
        model.table().allIndexes().stream()
            .anyMatch(i -> i.keyAttributes().stream().anyMatch(k -> k.name().equals(attribute)));
    return key
        || model.table().entityTypeAttribute().filter(attribute::equals).isPresent()
        || model.entities().stream()
            .anyMatch(
                e ->
                    e.storedAttribute(attribute).isPresent()
                        || e.constants().stream().anyMatch(c -> c.storedName().equals(attribute)));
  }

  /** Applies the proposal to the model and checks that the result is clean and serves {@code p}. */
  private boolean serves(Proposal proposal, AccessPattern p, List<Entity> targets) {
    Optional<ResolvedModel> changed = new ProposalApplier(model, p.location()).apply(proposal);
    if (changed.isEmpty()) {
      return false;
    }
    Diagnostics diagnostics = new Diagnostics();
    new Checker().check(changed.get(), diagnostics);
    if (diagnostics.hasErrors()) {
      refusal =
          diagnostics.sorted().stream()
              .filter(d -> d.severity() == dev.tablesmith.generator.diag.Severity.ERROR)
              .findFirst()
              .map(d -> d.message())
              .orElse("");
      return false;
    }
    String indexName =
        proposal
            .newIndex()
            .map(Proposal.NewIndex::name)
            .orElse(proposal.templates().get(0).index());
    Index index = changed.get().table().index(indexName).orElseThrow();
    List<Entity> changedTargets =
        targets.stream().map(t -> changed.get().entity(t.name()).orElseThrow()).toList();
    return new IndexMatcher().match(p, changedTargets, index) instanceof IndexMatcher.Match;
  }
}
