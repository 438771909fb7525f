package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.check.KeyOverlaps;
import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.Ref;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.plan.IndexMatcher.Failure;
import dev.tablesmith.generator.plan.IndexMatcher.FailureKind;
import dev.tablesmith.generator.plan.IndexMatcher.Match;
import dev.tablesmith.generator.plan.IndexMatcher.Outcome;
import dev.tablesmith.generator.plan.PlannedPattern.IndexChoice;
import dev.tablesmith.generator.plan.PlannedPattern.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 5, plan: a checked {@link ResolvedModel} in, a {@link PlannedModel} out. Each access
 * pattern becomes one GetItem, or one Query on one index (pinned, or picked: the table first, then
 * the index holding the fewest entity types), or an error that says why no index serves it and
 * proposes the index that would. Reports TS501 to TS512.
 */
public final class Planner {

  /** Plans every pattern of {@code model}; rejected ones are listed with their proposals. */
  public PlannedModel plan(ResolvedModel model, Diagnostics diagnostics) {
    IndexMatcher matcher = new IndexMatcher();
    KeyOverlaps overlaps = new KeyOverlaps(model);
    List<Index> candidates = candidates(model);
    List<PlannedPattern> planned = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    Map<String, Entity> entities = new HashMap<>();
    model.entities().forEach(e -> entities.put(e.name(), e));
    for (AccessPattern p : model.patterns()) {
      List<Entity> targets = p.entities().stream().map(r -> entities.get(r.name())).toList();
      if (p.get()) {
        planned.add(get(p, targets.get(0)));
        continue;
      }
      if (!bindingsDistinct(p, diagnostics)) {
        continue;
      }
      Map<Index, Outcome> outcomes = new LinkedHashMap<>();
      for (Index index :
          p.index()
              .map(r -> List.of(model.table().index(r.name()).orElseThrow()))
              .orElse(candidates)) {
        Outcome outcome = matcher.match(p, targets, index);
        outcomes.put(index, outcome);
        if (outcome instanceof Match) {
          break;
        }
      }
      Optional<Map.Entry<Index, Outcome>> match =
          outcomes.entrySet().stream().filter(e -> e.getValue() instanceof Match).findFirst();
      if (match.isEmpty()) {
        Optional<Index> alternative =
            p.index().isEmpty()
                ? Optional.empty()
                : candidates.stream()
                    .filter(i -> matcher.match(p, targets, i) instanceof Match)
                    .findFirst();
        rejections.add(reject(model, p, targets, outcomes, alternative, diagnostics));
        continue;
      }
      Index index = match.get().getKey();
      KeyCondition condition = ((Match) match.get().getValue()).condition();
      Diagnostics own = new Diagnostics();
      PatternRules rules = new PatternRules(model, overlaps, own);
      List<Entity> alsoRead = rules.check(p, targets, index, condition);
      own.sorted().forEach(diagnostics::add);
      List<Diagnostic> warnings =
          new ArrayList<>(
              own.sorted().stream()
                  .filter(
                      d -> d.code().severity() == dev.tablesmith.generator.diag.Severity.WARNING)
                  .toList());
      warnings.addAll(hotPartitions(targets, index));
      planned.add(
          new PlannedPattern(
              p,
              Operation.QUERY,
              index,
              p.index().isPresent() ? IndexChoice.PINNED : IndexChoice.PICKED,
              targets,
              parameters(p, targets.get(0)),
              p.fixed(),
              condition,
              rules.filters(p, targets.get(0)),
              rules.projected(targets, index),
              alsoRead,
              warnings));
    }
    return new PlannedModel(model, planned, rejections);
  }

  private static PlannedPattern get(AccessPattern p, Entity entity) {
    EntityKey key = entity.primaryKey();
    List<Attribute> parameters =
        key.attributes().stream().map(n -> entity.attribute(n).orElseThrow()).toList();
    KeyCondition condition =
        new KeyCondition(key.partition(), key.sort(), Optional.empty(), Optional.empty());
    return new PlannedPattern(
        p,
        Operation.GET_ITEM,
        key.index(),
        IndexChoice.PRIMARY_KEY,
        List.of(entity),
        parameters,
        List.of(),
        condition,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** The table first, then secondary indexes holding the fewest entity types, then as declared. */
  private static List<Index> candidates(ResolvedModel model) {
    List<Index> secondary = new ArrayList<>(model.table().indexes());
    Map<Index, Integer> sizes = new LinkedHashMap<>();
    secondary.forEach(i -> sizes.put(i, model.members(i).size()));
    secondary.sort(Comparator.comparingInt(sizes::get));
    List<Index> all = new ArrayList<>();
    all.add(model.table().primary());
    all.addAll(secondary);
    return all;
  }

  private static boolean bindingsDistinct(AccessPattern p, Diagnostics diagnostics) {
    Set<String> by = new HashSet<>();
    p.by().forEach(r -> by.add(r.name()));
    boolean ok = true;
    for (AccessPattern.Binding b : p.fixed()) {
      if (by.contains(b.attribute().name())) {
        diagnostics.report(
            Code.TS511,
            b.attribute().location(),
            p.name(),
            "binds '" + b.attribute().name() + "' in both 'by' and 'fixed'");
        ok = false;
      }
    }
    Optional<Ref> range = p.range();
    if (range.isPresent()
        && (by.contains(range.get().name())
            || p.fixed().stream().anyMatch(b -> b.attribute().name().equals(range.get().name())))) {
      diagnostics.report(
          Code.TS511,
          range.get().location(),
          p.name(),
          "ranges over '" + range.get().name() + "', which it also binds by equality");
      ok = false;
    }
    return ok;
  }

  private static List<Attribute> parameters(AccessPattern p, Entity first) {
    return p.by().stream().map(r -> first.attribute(r.name()).orElseThrow()).toList();
  }

  private static List<Diagnostic> hotPartitions(List<Entity> targets, Index index) {
    List<Diagnostic> out = new ArrayList<>();
    for (Entity t : targets) {
      EntityKey key = t.key(index.name()).orElseThrow();
      if (!index.isPrimary() && key.partition().stream().allMatch(k -> k.template().isConstant())) {
        KeyPart part = key.partition().get(0);
        out.add(
            new Diagnostic(
                Code.TS314,
                part.template().location(),
                Code.TS314.format(
                    t.name() + " on " + index.describe(),
                    part.attribute().name() + " = \"" + part.template().source() + "\""),
                ""));
      }
    }
    return out;
  }

  private static Rejection reject(
      ResolvedModel model,
      AccessPattern p,
      List<Entity> targets,
      Map<Index, Outcome> outcomes,
      Optional<Index> alternative,
      Diagnostics diagnostics) {
    List<String> reasons = new ArrayList<>();
    Failure collection = null;
    for (Map.Entry<Index, Outcome> e : outcomes.entrySet()) {
      Failure f = (Failure) e.getValue();
      reasons.add(e.getKey().describe() + ": " + f.reason());
      if (collection == null
          && (f.kind() == FailureKind.COLLECTION_PARTITION
              || f.kind() == FailureKind.COLLECTION_SORT)) {
        collection = f;
      }
    }
    Proposals proposals = new Proposals(model);
    Optional<Proposal> proposal =
        alternative.isPresent() ? Optional.empty() : proposals.propose(p, targets);
    String advice =
        alternative
            .map(i -> i.describe() + " serves it: pin 'index: " + i.name() + "' or drop 'index:'")
            .orElseGet(
                () ->
                    proposal
                        .map(Proposal::describe)
                        .orElseGet(() -> proposals.obstacle(p, targets)));
    String hint = String.join("\n", reasons) + "\n" + advice;
    if (collection != null) {
      Index at =
          outcomes.entrySet().stream()
              .filter(
                  e ->
                      e.getValue() instanceof Failure f
                          && (f.kind() == FailureKind.COLLECTION_PARTITION
                              || f.kind() == FailureKind.COLLECTION_SORT))
              .findFirst()
              .orElseThrow()
              .getKey();
      String entities = String.join(", ", p.entities().stream().map(Ref::name).toList());
      if (collection.kind() == FailureKind.COLLECTION_PARTITION) {
        diagnostics.reportWithHint(
            Code.TS508, p.location(), hint, p.name(), entities, at.describe(), collection.reason());
      } else {
        diagnostics.reportWithHint(
            Code.TS509, p.location(), hint, p.name(), entities, collection.reason());
      }
    } else if (p.index().isPresent()) {
      diagnostics.reportWithHint(Code.TS502, p.location(), hint, p.name(), p.index().get().name());
    } else {
      diagnostics.reportWithHint(Code.TS501, p.location(), hint, p.name());
    }
    return new Rejection(p, alternative.map(Index::name), proposal);
  }
}
