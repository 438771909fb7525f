package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.diag.Location;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.Projection;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.Table;
import dev.tablesmith.generator.model.Template;
import dev.tablesmith.generator.resolve.TemplateParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the model a proposal describes, so the planner can check the proposal before offering it.
 */
final class ProposalApplier {
  private final ResolvedModel model;
  private final Location at;

  ProposalApplier(ResolvedModel model, Location at) {
    this.model = model;
    this.at = at;
  }

  Optional<ResolvedModel> apply(Proposal proposal) {
    Table t = model.table();
    List<Index> indexes = new ArrayList<>(t.indexes());
    proposal
        .newIndex()
        .ifPresent(
            i ->
                indexes.add(
                    new Index(
                        i.name(),
                        Index.Kind.GLOBAL,
                        i.partitionKey(),
                        List.of(i.sortKey()),
                        Projection.ALL,
                        at)));
    Table table =
        new Table(
            t.physicalName(),
            t.primary(),
            t.entityTypeAttribute(),
            t.billing(),
            t.stream(),
            t.timeToLive(),
            t.pointInTimeRecovery(),
            t.deletionProtection(),
            t.delimiter(),
            indexes,
            t.location());
    List<Entity> entities = new ArrayList<>();
    for (Entity e : model.entities()) {
      List<EntityKey> keys = new ArrayList<>(e.keys());
      for (Proposal.EntityTemplates templates : proposal.templates()) {
        if (templates.entity().equals(e.name())) {
          Optional<EntityKey> key = key(e, table.index(templates.index()).orElseThrow(), templates);
          if (key.isEmpty()) {
            return Optional.empty();
          }
          keys.add(key.get());
        }
      }
      entities.add(
          new Entity(
              e.name(),
              e.description(),
              e.typeValue(),
              e.itemSize(),
              e.attributes(),
              e.constants(),
              keys,
              e.location()));
    }
    return Optional.of(
        new ResolvedModel(
            model.file(),
            model.name(),
            model.packageName(),
            model.description(),
            table,
            model.types(),
            entities,
            model.patterns(),
            model.location()));
  }

  private Optional<EntityKey> key(Entity e, Index index, Proposal.EntityTemplates templates) {
    List<KeyPart> partition = new ArrayList<>();
    for (KeyAttribute k : index.partitionKey()) {
      Optional<Template> t =
          templates.partition().isPresent()
              ? templates.partition().flatMap(s -> parse(e, s, at))
              : plain(e, k);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      partition.add(new KeyPart(k, t.get()));
    }
    KeyAttribute sk = index.sortKey().get(0);
    Optional<Template> sort =
        templates.sort().isPresent()
            ? templates.sort().flatMap(s -> parse(e, s, at))
            : plain(e, sk);
    if (sort.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new EntityKey(index, partition, List.of(new KeyPart(sk, sort.get())), true, at));
  }

  private Optional<Template> plain(Entity e, KeyAttribute k) {
    return e.storedAttribute(k.name()).map(a -> Template.plain(a.name(), at));
  }

  private static Optional<Template> parse(Entity e, String source, Location at) {
    return TemplateParser.parse(source, at, new Diagnostics())
        .filter(t -> t.placeholders().stream().allMatch(n -> e.attribute(n).isPresent()));
  }
}
