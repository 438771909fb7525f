package dev.tablesmith.generator.read;

import dev.tablesmith.generator.diag.Location;
import java.util.List;

/** A YAML sequence. */
public record SeqNode(Location location, List<Node> items) implements Node {
  public SeqNode {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
