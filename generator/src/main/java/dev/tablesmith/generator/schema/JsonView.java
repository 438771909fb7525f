package dev.tablesmith.generator.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablesmith.generator.read.MapNode;
import dev.tablesmith.generator.read.Node;
import dev.tablesmith.generator.read.ScalarNode;
import dev.tablesmith.generator.read.SeqNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The syntax tree as JSON, for the schema validator. Scalars take their YAML 1.2 core meaning;
 * locations stay in the syntax tree, which {@link TreePath} walks to find them again.
 */
final class JsonView {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonView() {}

  /** Converts without recursion: the reader caps depth, but the walk need not rely on it. */
  static JsonNode of(Node root) {
    Deque<Object[]> work = new ArrayDeque<>();
    JsonNode result = shell(root);
    work.push(new Object[] {root, result});
    while (!work.isEmpty()) {
      Object[] item = work.pop();
      Node node = (Node) item[0];
      if (node instanceof MapNode map) {
        ObjectNode target = (ObjectNode) item[1];
        for (MapNode.Entry entry : map.entries()) {
          JsonNode child = shell(entry.value());
          target.set(entry.key().text(), child);
          work.push(new Object[] {entry.value(), child});
        }
      } else if (node instanceof SeqNode seq) {
        ArrayNode target = (ArrayNode) item[1];
        for (Node value : seq.items()) {
          JsonNode child = shell(value);
          target.add(child);
          work.push(new Object[] {value, child});
        }
      }
    }
    return result;
  }

  private static JsonNode shell(Node node) {
    if (node instanceof MapNode) {
      return JSON.objectNode();
    }
    if (node instanceof SeqNode) {
      return JSON.arrayNode();
    }
    ScalarNode scalar = (ScalarNode) node;
    return switch (scalar.kind()) {
      case STRING -> JSON.textNode(scalar.text());
      case INTEGER -> JSON.numberNode(new BigInteger(scalar.text()));
      case DECIMAL -> JSON.numberNode(new BigDecimal(scalar.text()));
      case BOOLEAN -> JSON.booleanNode(Boolean.parseBoolean(scalar.text()));
      case NULL -> JSON.nullNode();
    };
  }
}
