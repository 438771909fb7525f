package dev.tablesmith.generator.resolve;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.diag.Location;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.KeyAttribute.KeyType;
import dev.tablesmith.generator.model.Projection;
import dev.tablesmith.generator.model.Table;
import dev.tablesmith.generator.model.Table.Billing;
import dev.tablesmith.generator.read.MapNode;
import dev.tablesmith.generator.read.Node;
import dev.tablesmith.generator.read.ScalarNode;
import dev.tablesmith.generator.read.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Resolves the {@code table} section: keys, options and indexes. Reports TS405 to TS407. */
final class TableResolver {
  /** The default entity-type attribute. */
  static final String DEFAULT_TYPE_ATTRIBUTE = "_type";

  private final Diagnostics diagnostics;

  TableResolver(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Table resolve(Fields t) {
    KeyAttribute pk = keyAttribute(t.node("partitionKey").orElseThrow());
    List<KeyAttribute> sk = t.node("sortKey").map(n -> List.of(keyAttribute(n))).orElse(List.of());
    Index primary =
        new Index(
            Index.TABLE, Index.Kind.PRIMARY, List.of(pk), sk, Projection.ALL, t.map().location());
    String typeAttribute = t.text("entityTypeAttribute", DEFAULT_TYPE_ATTRIBUTE);
    List<Index> indexes = new ArrayList<>();
    for (MapNode.Entry e : t.entries("indexes")) {
      index(e.key(), Fields.of(e.value()), primary).ifPresent(indexes::add);
    }
    return new Table(
        t.text("name", ""),
        primary,
        typeAttribute.equals("none") ? Optional.empty() : Optional.of(typeAttribute),
        billing(t),
        Table.StreamView.of(t.text("stream", "none")),
        t.text("timeToLive"),
        t.bool("pointInTimeRecovery"),
        t.bool("deletionProtection"),
        t.text("delimiter", "#"),
        indexes,
        t.map().location());
  }

  private Optional<Index> index(ScalarNode name, Fields f, Index primary) {
    Location at = name.location();
    if (name.text().equals(Index.TABLE)) {
      diagnostics.report(Code.TS407, at, name.text());
      return Optional.empty();
    }
    boolean local = f.text("kind", "global").equals("local");
    List<KeyAttribute> pk = f.node("partitionKey").map(this::keyAttributes).orElse(List.of());
    List<KeyAttribute> sk = f.node("sortKey").map(this::keyAttributes).orElse(List.of());
    if (local && !localKeysValid(name.text(), at, pk, sk, primary)) {
      return Optional.empty();
    }
    if (!local && pk.isEmpty()) {
      diagnostics.report(Code.TS406, at, name.text(), "needs a partitionKey");
      return Optional.empty();
    }
    for (KeyAttribute p : pk) {
      if (sk.stream().anyMatch(s -> s.name().equals(p.name()))) {
        diagnostics.report(
            Code.TS406,
            at,
            name.text(),
            "uses '" + p.name() + "' in both its partition and its sort key");
        return Optional.empty();
      }
    }
    return Optional.of(
        new Index(
            name.text(),
            local ? Index.Kind.LOCAL : Index.Kind.GLOBAL,
            local ? primary.partitionKey() : pk,
            sk,
            projection(f),
            at));
  }

  private boolean localKeysValid(
      String name, Location at, List<KeyAttribute> pk, List<KeyAttribute> sk, Index primary) {
    if (!primary.hasSortKey()) {
      diagnostics.report(Code.TS405, at, name, "needs a table with a sort key");
    } else if (sk.size() != 1) {
      diagnostics.report(
          Code.TS405,
          at,
          name,
          sk.isEmpty() ? "needs a sortKey" : "cannot have a multi-attribute sort key");
    } else if (!pk.isEmpty()
        && (pk.size() != 1 || !pk.get(0).name().equals(primary.partitionKey().get(0).name()))) {
      diagnostics.report(
          Code.TS405,
          at,
          name,
          "must use the table's partition key '" + primary.partitionKey().get(0).name() + "'");
    } else if (sk.get(0).name().equals(primary.sortKey().get(0).name())) {
      diagnostics.report(
          Code.TS405,
          at,
          name,
          "must use a sort key other than the table's '" + sk.get(0).name() + "'");
    } else {
      return true;
    }
    return false;
  }

  private List<KeyAttribute> keyAttributes(Node node) {
    List<KeyAttribute> out = new ArrayList<>();
    if (node instanceof SeqNode seq) {
      seq.items().forEach(item -> out.add(keyAttribute(item)));
    } else {
      out.add(keyAttribute(node));
    }
    return out;
  }

  private static KeyAttribute keyAttribute(Node node) {
    if (node instanceof ScalarNode s) {
      return new KeyAttribute(s.text(), KeyType.STRING, s.location());
    }
    Fields f = Fields.of(node);
    KeyType type = KeyType.valueOf(f.text("type", "string").toUpperCase(Locale.ROOT));
    return new KeyAttribute(f.text("name", ""), type, node.location());
  }

  private static Projection projection(Fields f) {
    Optional<Node> node = f.node("projection");
    if (node.isEmpty()) {
      return Projection.ALL;
    }
    if (node.get() instanceof SeqNode seq) {
      List<String> include = new ArrayList<>();
      seq.items().forEach(item -> include.add(((ScalarNode) item).text()));
      return new Projection(Projection.Type.INCLUDE, include);
    }
    boolean keysOnly = ((ScalarNode) node.get()).text().equals("keys-only");
    return keysOnly ? new Projection(Projection.Type.KEYS_ONLY, List.of()) : Projection.ALL;
  }

  private static Billing billing(Fields t) {
    Optional<Node> billing = t.node("billing");
    if (billing.isEmpty() || billing.get() instanceof ScalarNode) {
      return Billing.ON_DEMAND;
    }
    Fields p = Fields.of(Fields.of(billing.get()).node("provisioned").orElseThrow());
    return new Billing(true, p.number("read").orElse(1L), p.number("write").orElse(1L));
  }
}
