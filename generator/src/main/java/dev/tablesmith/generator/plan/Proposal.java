package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.model.KeyAttribute;
import java.util.List;
import java.util.Optional;

/**
 * A change to the model that would let a rejected pattern be served: optionally a new global index,
 * and templates for entities in it (or in an existing index).
 *
 * @param newIndex the index to add under {@code table.indexes}, if any
 * @param templates the entity templates to add under {@code entities.X.indexes}
 * @param repin the pattern's pin to change, if it pins another index
 */
public record Proposal(
    Optional<NewIndex> newIndex, List<EntityTemplates> templates, Optional<Repin> repin) {

  /** The pattern's {@code index:} to change, when it pins an index the proposal does not use. */
  public record Repin(String pattern, String index) {}

  /** A global index to add. */
  public record NewIndex(String name, List<KeyAttribute> partitionKey, KeyAttribute sortKey) {
    public NewIndex {
      partitionKey = List.copyOf(partitionKey);
    }
  }

  /** Templates for one entity in one index; an empty side is derived (a plain-attribute key). */
  public record EntityTemplates(
      String entity, String index, Optional<String> partition, Optional<String> sort) {}

  public Proposal {
    templates = List.copyOf(templates);
  }

  /** The change in model syntax, for the hint under a diagnostic. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    newIndex.ifPresent(
        i ->
            out.append("add an index that serves it:\n  table.indexes:\n    ")
                .append(i.name())
                .append(": { partitionKey: ")
                .append(keys(i.partitionKey()))
                .append(", sortKey: ")
                .append(key(i.sortKey()))
                .append(" }\n"));
    if (newIndex.isEmpty()) {
      out.append("add ")
          .append(String.join(" and ", templates.stream().map(EntityTemplates::entity).toList()))
          .append(" to index ")
          .append(templates.get(0).index())
          .append(":\n");
    }
    for (EntityTemplates t : templates) {
      out.append("  entities.")
          .append(t.entity())
          .append(".indexes:\n    ")
          .append(t.index())
          .append(": {");
      List<String> sides = new java.util.ArrayList<>();
      t.partition().ifPresent(p -> sides.add(" partition: " + YamlText.quote(p)));
      t.sort().ifPresent(s -> sides.add(" sort: " + YamlText.quote(s)));
      out.append(String.join(",", sides)).append(" }\n");
    }
    repin.ifPresent(
        r ->
            out.append("  accessPatterns.")
                .append(r.pattern())
                .append(":\n    index: ")
                .append(r.index())
                .append('\n'));
    return out.toString().stripTrailing();
  }

  private static String keys(List<KeyAttribute> keys) {
    List<String> parts = keys.stream().map(Proposal::key).toList();
    return parts.size() == 1 ? parts.get(0) : "[" + String.join(", ", parts) + "]";
  }

  private static String key(KeyAttribute k) {
    return k.type() == KeyAttribute.KeyType.STRING
        ? YamlText.plainOrQuoted(k.name())
        : "{ name: "
            + YamlText.plainOrQuoted(k.name())
            + ", type: "
            + k.type().name().toLowerCase(java.util.Locale.ROOT)
            + " }";
  }
}
