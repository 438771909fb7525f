package dev.tablesmith.generator.schema;

import com.networknt.schema.JsonNodePath;
import dev.tablesmith.generator.read.MapNode;
import dev.tablesmith.generator.read.Node;
import dev.tablesmith.generator.read.ScalarNode;
import dev.tablesmith.generator.read.SeqNode;
import java.util.Optional;

/** Finds the syntax-tree node (and its key) at a validator's instance path. */
final class TreePath {
  private TreePath() {}

  /** The node at {@code path} below {@code root}, if the path exists. */
  static Optional<Node> node(Node root, JsonNodePath path) {
    Node current = root;
    for (int i = 0; i < path.getNameCount(); i++) {
      Optional<Node> next = step(current, path.getElement(i));
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.of(current);
  }

  /** The key under which {@code name} sits in the mapping at {@code path}, if it is there. */
  static Optional<ScalarNode> key(Node root, JsonNodePath path, String name) {
    return node(root, path)
        .filter(MapNode.class::isInstance)
        .flatMap(map -> ((MapNode) map).entry(name))
        .map(MapNode.Entry::key);
  }

  /** {@code entities.User.attributes.x}: the path as a reader finds it in the YAML. */
  static String describe(JsonNodePath path) {
    if (path.getNameCount() == 0) {
      return "the model";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      if (element instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(element);
      }
    }
    return out.toString();
  }

  private static Optional<Node> step(Node node, Object element) {
    if (node instanceof MapNode map && element instanceof String name) {
      return map.get(name);
    }
    if (node instanceof SeqNode seq
        && element instanceof Integer index
        && index < seq.items().size()) {
      return Optional.of(seq.items().get(index));
    }
    return Optional.empty();
  }
}
