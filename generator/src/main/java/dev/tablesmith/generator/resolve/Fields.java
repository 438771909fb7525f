package dev.tablesmith.generator.resolve;

import dev.tablesmith.generator.model.Ref;
import dev.tablesmith.generator.model.Value;
import dev.tablesmith.generator.read.MapNode;
import dev.tablesmith.generator.read.Node;
import dev.tablesmith.generator.read.ScalarNode;
import dev.tablesmith.generator.read.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads fields of a mapping that the schema stage has already checked, so shapes are as the schema
 * says; a missing optional field reads as empty.
 */
final class Fields {
  private final MapNode map;

  Fields(MapNode map) {
    this.map = map;
  }

  static Fields of(Node node) {
    return new Fields(node instanceof MapNode m ? m : new MapNode(node.location(), List.of()));
  }

  MapNode map() {
    return map;
  }

  boolean has(String key) {
    return map.get(key).isPresent();
  }

  Optional<Node> node(String key) {
    return map.get(key);
  }

  Optional<ScalarNode> scalar(String key) {
    return map.get(key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
  }

  Optional<String> text(String key) {
    return scalar(key).map(ScalarNode::text);
  }

  String text(String key, String otherwise) {
    return text(key).orElse(otherwise);
  }

  Optional<Ref> ref(String key) {
    return scalar(key).map(s -> new Ref(s.text(), s.location()));
  }

  boolean bool(String key) {
    return scalar(key).map(s -> Boolean.parseBoolean(s.text())).orElse(false);
  }

  /** A whole number the schema has checked; 20.0 reads as 20 (JSON Schema calls it an integer). */
  Optional<Long> number(String key) {
    return scalar(key).flatMap(Fields::longValue);
  }

  /** The scalar as a long, if it is a whole number that fits. */
  static Optional<Long> longValue(ScalarNode s) {
    try {
      return Optional.of(new java.math.BigDecimal(s.text()).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** The scalars of a list field as references, in written order. */
  List<Ref> refs(String key) {
    List<Ref> refs = new ArrayList<>();
    map.get(key)
        .ifPresent(
            node -> {
              if (node instanceof SeqNode seq) {
                seq.items().forEach(item -> refs.add(ref(item)));
              } else if (node instanceof ScalarNode s) {
                refs.add(ref(s));
              }
            });
    return refs;
  }

  /** The entries of a mapping field, in written order. */
  List<MapNode.Entry> entries(String key) {
    return map.get(key)
        .filter(MapNode.class::isInstance)
        .map(n -> ((MapNode) n).entries())
        .orElse(List.of());
  }

  static Ref ref(Node node) {
    return new Ref(node instanceof ScalarNode s ? s.text() : "", node.location());
  }

  static Value value(Node node) {
    ScalarNode s = (ScalarNode) node;
    Value.Kind kind =
        switch (s.kind()) {
          case INTEGER -> Value.Kind.INTEGER;
          case DECIMAL -> Value.Kind.DECIMAL;
          case BOOLEAN -> Value.Kind.BOOLEAN;
          default -> Value.Kind.STRING;
        };
    return new Value(s.text(), kind, s.location());
  }
}
